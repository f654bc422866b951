// Applicants and records: classification of applicant names, resolution of an applicant's
// kind and place, and patent records built from the columns of an export (pandas Series,
// numpy arrays or lists, one entry per document).
#include "records.hpp"

#include <ineq/io/export_format.hpp>
#include <ineq/io/read_export.hpp>
#include <ineq/patent.hpp>

#include <array>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>

namespace ineq_python {

namespace {

/// An optional column: empty views when None, else one view per document.
text_column optional_column(const py::object& col, std::size_t n, const char* what) {
    if (col.is_none()) {
        text_column empty{py::list()};
        empty.views.assign(n, std::string_view{});
        return empty;
    }
    text_column v(col);
    if (v.size() != n) {
        throw py::value_error(std::string("ineq.records_from_columns: column ") + what + " has " +
                              std::to_string(v.size()) + " entries, applicants has " + std::to_string(n));
    }
    return v;
}

std::string kind_name(ineq::applicant_kind k) { return std::string(ineq::to_string(k)); }

}  // namespace

void bind_patent(py::module_& m) {
    m.def("classify_applicant",
          [](const py::handle& names) -> py::object {
              if (py::isinstance<py::str>(names)) {
                  return py::str(kind_name(ineq::classify_applicant(names.cast<std::string>())));
              }
              const text_column column(names);
              const auto& v = column.views;
              std::vector<ineq::applicant_kind> kinds(v.size());
              {
                  py::gil_scoped_release release;
                  for (std::size_t i = 0; i < v.size(); ++i) kinds[i] = ineq::classify_applicant(v[i]);
              }
              py::list out;
              for (const auto k : kinds) out.append(kind_name(k));
              return out;
          },
          py::arg("name"),
          "Kind of an applicant from its name (Chinese, Japanese, Korean or Latin script): 'enterprise',\n"
          "'university', 'institute', 'hospital', 'government', 'individual' or 'unknown' (legal form >\n"
          "right-most organisation word > Latin words > person's name). Never raises: empty text, NUL bytes\n"
          "and invalid UTF-8 give 'unknown'. A str gives a str; a column gives a list of str.\n"
          "Example: classify_applicant('浙江大学台州研究院') is 'institute'.");
    m.def("resolve_applicant",
          [](const std::string& name, const std::string& address, const std::string& type_text) {
              const auto p = ineq::resolve_applicant(name, address, type_text);
              py::dict d;
              d["kind"] = kind_name(p.kind);
              d["province"] = p.where.mainland ? p.where.mainland->code() : 0;
              d["prefecture"] = p.where.prefecture ? static_cast<int>(p.where.prefecture->code) : 0;
              d["outside"] = p.where.outside ? std::string(ineq::to_string(*p.where.outside)) : std::string();
              d["kind_source"] = std::string(ineq::to_string(p.kind_source));
              d["place_source"] = std::string(ineq::to_string(p.place_source));
              return d;
          },
          py::arg("name"), py::arg("address") = "", py::arg("type_text") = "",
          "Kind and place of one applicant from its name, its address and the export's applicant-type field\n"
          "(企业, 大专院校, 科研单位, ...): the type field outranks the name for the kind, the address outranks\n"
          "the name for the place. Never raises. Returns a dict kind, province, prefecture, outside,\n"
          "kind_source, place_source. Example: resolve_applicant('北京某公司', '上海市浦东新区')['province'] is 31.");
    m.def("split_applicants",
          [](const std::string& field) {
              std::vector<std::string> out;
              for (const auto s : ineq::split_applicants(field)) out.emplace_back(s);
              return out;
          },
          py::arg("field"),
          "The applicant names of one export field, split at ';', '|', '；', '｜' and trimmed; empty pieces dropped.");

    py::class_<record_batch>(m, "Records",
                             "Patent records built by records_from_columns or read_export: the input of the panel\n"
                             "builders.")
        .def("__len__", [](const record_batch& r) { return r.records.size(); })
        .def_property_readonly("skipped", [](const record_batch& r) {
            py::list out;
            for (const auto& s : r.skipped) out.append(py::make_tuple(s.first, s.last, s.reason, s.detail));
            return out;
        }, "The rows ineq::io skipped: (first, last, reason, detail), first = last = the entry's index for\n"
           "records_from_columns, the file's lines for read_export; reason as in docs/io.md.")
        .def("applicant_count", [](const record_batch& r) {
            std::size_t n = 0;
            for (const auto& rec : r.records) n += rec.applicants.size();
            return n;
        }, "Number of applicants over all records.");

    m.def("deduplicate",
          [](const record_batch& r) {
              record_batch out;
              py::gil_scoped_release release;
              out.records = ineq::deduplicate(r.records);
              return out;
          },
          py::arg("records"),
          "The records with one document per application: for each application key (the application\n"
          "number, else the publication number without its kind code) the first document in input order is\n"
          "kept; documents without either number are all kept. Deduplicate before aggregating so that an\n"
          "application published twice (A and B) counts once. Never raises.\n"
          "Example: documents CN1A, CN2A, CN1B give CN1A, CN2A.");

    m.def("records_from_columns",
          [](const py::handle& applicants, const py::object& addresses, const py::object& filing_dates,
             const py::object& years, const py::object& applicant_types, const py::object& patent_types,
             const py::object& application_numbers, const py::object& publication_numbers,
             const py::object& applicant_countries, const py::object& applicant_province_codes) {
              namespace io = ineq::io;
              const text_column names_column(applicants);
              const std::size_t n = names_column.size();
              // The given columns become the fields of one row per entry, in a column map of
              // ineq::io: the records are built, and rows rejected, exactly as from a file.
              io::column_map columns;
              std::vector<const std::vector<std::string_view>*> fields;
              std::vector<text_column> kept;
              kept.reserve(9);
              const auto add = [&](io::column c, const py::object& col, const char* what) {
                  if (col.is_none()) return;
                  kept.push_back(optional_column(col, n, what));
                  columns.index[static_cast<std::size_t>(c)] = fields.size();
                  fields.push_back(&kept.back().views);
              };
              columns.index[static_cast<std::size_t>(io::column::applicants)] = 0;
              fields.push_back(&names_column.views);
              add(io::column::applicant_address, addresses, "addresses");
              add(io::column::applicant_type, applicant_types, "applicant_types");
              add(io::column::applicant_country, applicant_countries, "applicant_countries");
              add(io::column::applicant_province_code, applicant_province_codes, "applicant_province_codes");
              add(io::column::patent_type, patent_types, "patent_types");
              add(io::column::application_number, application_numbers, "application_numbers");
              add(io::column::publication_number, publication_numbers, "publication_numbers");
              // Years become the dates 1 January of that year (text for ineq::parse_date).
              std::vector<std::string> year_dates;
              std::vector<std::string_view> year_views;
              if (!years.is_none()) {
                  const doubles y(years);
                  if (y.size() != n) {
                      throw py::value_error("ineq.records_from_columns: column years has " + std::to_string(y.size()) +
                                            " entries, applicants has " + std::to_string(n));
                  }
                  year_dates.reserve(n);
                  for (const double v : y.span()) {
                      year_dates.push_back(std::isfinite(v) && v >= 1000 && v <= 9999 && v == std::floor(v)
                                               ? std::to_string(static_cast<int>(v)) + "-01-01"
                                               : std::string());
                  }
                  year_views.assign(year_dates.begin(), year_dates.end());
                  columns.index[static_cast<std::size_t>(io::column::filing_date)] = fields.size();
                  fields.push_back(&year_views);
              } else {
                  add(io::column::filing_date, filing_dates, "filing_dates");
              }
              columns.width = fields.size();
              record_batch out;
              out.records.reserve(n);
              py::gil_scoped_release release;
              std::vector<std::string_view> row(fields.size());
              io::record_buffers buffers;
              ineq::patent_record r;
              for (std::size_t i = 0; i < n; ++i) {
                  for (std::size_t f = 0; f < fields.size(); ++f) row[f] = (*fields[f])[i];
                  if (const auto err = io::make_record_into(row, columns, r, buffers)) {
                      out.skipped.push_back({i, i, std::string(io::to_string(err->problem)), err->detail});
                      continue;
                  }
                  out.records.push_back(r);
              }
              return out;
          },
          py::arg("applicants"), py::arg("addresses") = py::none(), py::arg("filing_dates") = py::none(),
          py::arg("years") = py::none(), py::arg("applicant_types") = py::none(),
          py::arg("patent_types") = py::none(), py::arg("application_numbers") = py::none(),
          py::arg("publication_numbers") = py::none(), py::arg("applicant_countries") = py::none(),
          py::arg("applicant_province_codes") = py::none(),
          "Patent records from the columns of an export, one entry per document (pandas Series, numpy arrays\n"
          "or lists of equal length), built by ineq::io as rows of an export file are (docs/io.md):\n"
          "  applicants: the applicant names of each document, separated by ';', '|', '；' or '｜';\n"
          "  addresses, applicant_types: aligned with the applicants, same separators (optional);\n"
          "  filing_dates: '2019-06-20', '2019/6/20', '20190620', '2019年6月20日' (unparsable: no date), or\n"
          "  years: integer filing years (the date is then 1 January of that year);\n"
          "  patent_types: 发明申请, 发明授权, 'invention', ... (else the publication number's kind code,\n"
          "  CN...A/B invention, U utility model, S design; with neither the type is unknown and the study's\n"
          "  rules reject the document);\n"
          "  application_numbers, publication_numbers, applicant_countries, applicant_province_codes (optional).\n"
          "Each applicant's kind and place come from ineq::io's rules (the country and province-code columns,\n"
          "then resolve_applicant(name, address, type)). An entry without a date (or year), without applicant\n"
          "names or with invalid UTF-8 is skipped and listed in Records.skipped as (index, index, reason, detail).\n"
          "Raises ValueError if the columns differ in length.");

    m.def("export_columns",
          [](const std::vector<std::string>& header) {
              const auto map = ineq::io::map_columns(header);
              constexpr std::array<std::pair<ineq::io::column, const char*>, 10> keywords{{
                  {ineq::io::column::applicants, "applicants"},
                  {ineq::io::column::applicant_address, "addresses"},
                  {ineq::io::column::applicant_type, "applicant_types"},
                  {ineq::io::column::applicant_country, "applicant_countries"},
                  {ineq::io::column::applicant_province_code, "applicant_province_codes"},
                  {ineq::io::column::filing_date, "filing_dates"},
                  {ineq::io::column::patent_type, "patent_types"},
                  {ineq::io::column::application_number, "application_numbers"},
                  {ineq::io::column::publication_number, "publication_numbers"},
                  {ineq::io::column::source, "source"},
              }};
              py::dict out;
              for (const auto& [c, keyword] : keywords) {
                  if (const auto i = map[c]) out[keyword] = header[*i];
              }
              return out;
          },
          py::arg("header"),
          "The columns of an export header that ineq::io recognises (incoPat, Patsnap and generic names, the\n"
          "same names read_export uses), as a dict from the keyword arguments of records_from_columns to the\n"
          "header's names. Never raises. Example: export_columns(['申请日', '申请人'])\n"
          "is {'applicants': '申请人', 'filing_dates': '申请日'}.");

    m.def("read_export",
          [](const std::string& path, const std::string& encoding, unsigned threads) {
              namespace io = ineq::io;
              record_batch out;
              io::read_options options;
              options.encoding = encoding;
              options.threads = threads;
              options.on_skip = [&](const io::skipped_row& s) {
                  out.skipped.push_back({s.where.first_line, s.where.last_line, std::string(io::to_string(s.problem)),
                                         std::string(s.detail)});
              };
              io::read_summary summary;
              {
                  py::gil_scoped_release release;
                  try {
                      summary = io::stream_export(path, options, [&](ineq::patent_record& r, io::row_position) {
                          out.records.push_back(r);
                      });
                  } catch (const io::io_error& e) {
                      py::gil_scoped_acquire acquire;
                      throw py::value_error(e.what());
                  }
              }
              py::dict report;
              report["header_ok"] = summary.header_ok;
              report["vendor"] = summary.columns.vendor();
              report["data_rows"] = summary.data_rows;
              report["skipped_total"] = summary.skipped_total;
              py::dict by_reason;
              for (const auto& [reason, count] : summary.skipped) by_reason[py::str(std::string(io::to_string(reason)))] = count;
              report["skipped"] = by_reason;
              report["synthetic"] = summary.synthetic;
              return py::make_tuple(std::move(out), report);
          },
          py::arg("path"), py::arg("encoding") = "", py::arg("threads") = 1U,
          "Reads a patent export file (CSV from incoPat, Patsnap or with generic column names) through\n"
          "ineq::io::read_export. Returns (records, report): the Records (with .skipped, the rows skipped as\n"
          "(first line, last line, reason, detail)) and a dict header_ok, vendor, data_rows, skipped_total,\n"
          "skipped (counts by reason), synthetic. encoding: '' for UTF-8, else any name iconv knows (GB18030).\n"
          "Raises ValueError (ineq::io::read_export: ...) for a file that is missing, a directory, a workbook,\n"
          "not UTF-8 without encoding, or empty. Example: records, report = ineq.read_export('export.csv').");
}

}  // namespace ineq_python
