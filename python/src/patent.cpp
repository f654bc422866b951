// Applicants and records: classification of applicant names, resolution of an applicant's
// kind and place, and patent records built from the columns of an export (pandas Series,
// numpy arrays or lists, one entry per document).
#include "records.hpp"

#include <ineq/patent.hpp>

#include <chrono>

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
                             "Patent records built by records_from_columns: the input of the panel builders.")
        .def("__len__", [](const record_batch& r) { return r.records.size(); })
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
             const py::object& application_numbers, const py::object& publication_numbers) {
              const text_column names_column(applicants);
              const auto& names = names_column.views;
              const std::size_t n = names.size();
              const text_column addr_column = optional_column(addresses, n, "addresses");
              const text_column types_column = optional_column(applicant_types, n, "applicant_types");
              const text_column ptypes_column = optional_column(patent_types, n, "patent_types");
              const text_column apps_column = optional_column(application_numbers, n, "application_numbers");
              const text_column pubs_column = optional_column(publication_numbers, n, "publication_numbers");
              const text_column dates_column = optional_column(filing_dates, n, "filing_dates");
              const auto& addr = addr_column.views;
              const auto& types = types_column.views;
              const auto& ptypes = ptypes_column.views;
              const auto& apps = apps_column.views;
              const auto& pubs = pubs_column.views;
              const auto& dates = dates_column.views;
              std::vector<long> year_values;
              if (!years.is_none()) {
                  const doubles y(years);
                  if (y.size() != n) {
                      throw py::value_error("ineq.records_from_columns: column years has " + std::to_string(y.size()) +
                                            " entries, applicants has " + std::to_string(n));
                  }
                  year_values.reserve(n);
                  for (const double v : y.span()) year_values.push_back(v == v ? static_cast<long>(v) : 0L);
              }
              record_batch out;
              out.records.resize(n);
              py::gil_scoped_release release;
              std::vector<std::string_view> who;
              std::vector<std::string_view> where;
              std::vector<std::string_view> kinds;
              for (std::size_t i = 0; i < n; ++i) {
                  ineq::patent_record& r = out.records[i];
                  r.application_number = std::string(apps[i]);
                  r.publication_number = std::string(pubs[i]);
                  if (!year_values.empty()) {
                      if (year_values[i] >= 1000 && year_values[i] <= 9999) {
                          r.filing_date = std::chrono::year{static_cast<int>(year_values[i])} / 1 / 1;
                      }
                  } else if (const auto d = ineq::parse_date(dates[i])) {
                      r.filing_date = *d;
                  }
                  if (patent_types.is_none()) {
                      r.type = ineq::patent_type::invention;
                  } else {
                      r.type = ineq::patent_type_from_text(ptypes[i]);
                      if (r.type == ineq::patent_type::unknown) {
                          r.type = ineq::patent_type_from_kind_code(ineq::kind_code_of(r.publication_number));
                      }
                  }
                  ineq::split_applicants_into(names[i], who);
                  ineq::split_aligned_into(addr[i], where);
                  ineq::split_aligned_into(types[i], kinds);
                  r.applicants.reserve(who.size());
                  for (std::size_t k = 0; k < who.size(); ++k) {
                      const std::string_view a = k < where.size() ? where[k] : std::string_view{};
                      const std::string_view t = k < kinds.size() ? kinds[k] : std::string_view{};
                      r.applicants.push_back(ineq::make_applicant(who[k], ineq::resolve_applicant(who[k], a, t)));
                  }
              }
              return out;
          },
          py::arg("applicants"), py::arg("addresses") = py::none(), py::arg("filing_dates") = py::none(),
          py::arg("years") = py::none(), py::arg("applicant_types") = py::none(),
          py::arg("patent_types") = py::none(), py::arg("application_numbers") = py::none(),
          py::arg("publication_numbers") = py::none(),
          "Patent records from the columns of an export, one entry per document (pandas Series, numpy arrays\n"
          "or lists of equal length):\n"
          "  applicants: the applicant names of each document, separated by ';', '|', '；' or '｜';\n"
          "  addresses, applicant_types: aligned with the applicants, same separators (optional);\n"
          "  filing_dates: '2019-06-20', '2019/6/20', '20190620', '2019年6月20日' (unparsable: no date), or\n"
          "  years: integer filing years (the date is then 1 January of that year);\n"
          "  patent_types: 发明申请, 发明授权, 'invention', ... (else the publication number's kind code;\n"
          "  without the column every record is an invention);\n"
          "  application_numbers, publication_numbers (optional).\n"
          "Each applicant's kind and place come from resolve_applicant(name, address, type).\n"
          "Raises ValueError if the columns differ in length.");
}

}  // namespace ineq_python
