// Region lookups: the province and prefecture tables, name lookups, and address and name
// resolution over single strings or whole columns (lists, numpy string arrays, pandas Series).
#include "common.hpp"

#include <ineq/patent/resolve.hpp>
#include <ineq/region.hpp>

#include <cstdint>

namespace ineq_python {

namespace {

int code_or_zero(const std::optional<ineq::province>& p) { return p ? p->code() : 0; }

std::string outside_text(const std::optional<ineq::outside_mainland>& o) {
    return o ? std::string(ineq::to_string(*o)) : std::string();
}

/// Applies `f` (string_view -> int code) to a str (giving an int) or to a column (giving an
/// int32 numpy array), without the GIL for the column's loop.
template <class F>
py::object map_codes(const py::handle& text, F f) {
    if (py::isinstance<py::str>(text)) {
        return py::int_(f(text.cast<std::string>()));
    }
    const text_column column(text);
    const auto& v = column.views;
    py::array_t<std::int32_t> out(static_cast<py::ssize_t>(v.size()));
    std::int32_t* o = out.mutable_data();
    {
        py::gil_scoped_release release;
        for (std::size_t i = 0; i < v.size(); ++i) {
            o[i] = static_cast<std::int32_t>(f(v[i]));
        }
    }
    return out;
}

/// resolve_address / resolve_name over a str (a dict) or a column (a dict of columns).
template <class F>
py::object places(const py::handle& text, F f) {
    const auto one = [](const ineq::place& p) {
        py::dict d;
        d["province"] = code_or_zero(p.mainland);
        d["prefecture"] = p.prefecture ? static_cast<int>(p.prefecture->code) : 0;
        d["outside"] = outside_text(p.outside);
        return d;
    };
    if (py::isinstance<py::str>(text)) {
        return one(f(text.cast<std::string>()));
    }
    const text_column column(text);
    const auto& v = column.views;
    std::vector<ineq::place> ps(v.size());
    {
        py::gil_scoped_release release;
        for (std::size_t i = 0; i < v.size(); ++i) ps[i] = f(v[i]);
    }
    py::array_t<std::int32_t> prov(static_cast<py::ssize_t>(v.size()));
    py::array_t<std::int32_t> pref(static_cast<py::ssize_t>(v.size()));
    py::list outside;
    for (std::size_t i = 0; i < v.size(); ++i) {
        prov.mutable_data()[i] = code_or_zero(ps[i].mainland);
        pref.mutable_data()[i] = ps[i].prefecture ? static_cast<std::int32_t>(ps[i].prefecture->code) : 0;
        outside.append(outside_text(ps[i].outside));
    }
    py::dict d;
    d["province"] = prov;
    d["prefecture"] = pref;
    d["outside"] = outside;
    return d;
}

}  // namespace

void bind_region(py::module_& m) {
    m.def("provinces",
          [] {
              py::list out;
              for (const auto& p : ineq::provinces()) {
                  py::dict d;
                  d["code"] = static_cast<int>(p.code);
                  d["chinese"] = std::string(p.chinese);
                  d["chinese_short"] = std::string(p.chinese_short);
                  d["pinyin"] = std::string(p.pinyin);
                  d["english"] = std::string(p.english);
                  d["iso3166_2"] = std::string(p.iso3166_2);
                  d["region"] = std::string(ineq::to_string(p.region));
                  out.append(d);
              }
              return out;
          },
          "The 31 mainland provinces in ascending GB/T 2260 code order (row i of every province panel):\n"
          "a list of dicts code, chinese, chinese_short, pinyin, english, iso3166_2, region (NBS macro-region).");
    m.def("prefectures",
          [] {
              py::list out;
              for (const auto& p : ineq::prefectures()) {
                  py::dict d;
                  d["code"] = static_cast<int>(p.code);
                  d["name"] = std::string(p.name);
                  d["province"] = static_cast<int>(p.province_code);
                  d["placeholder"] = p.is_placeholder();
                  out.append(d);
              }
              return out;
          },
          "The prefecture-level divisions (GB/T 2260): a list of dicts code, name, province (two-digit code),\n"
          "placeholder (True for the 市辖区 / 县 rows standing for a group of county-level divisions).");
    m.def("province_of_address",
          [](const py::handle& a) {
              return map_codes(a, [](std::string_view s) { return code_or_zero(ineq::province_from_address(s)); });
          },
          py::arg("address"),
          "The mainland province (GB/T 2260 two-digit code) of a free-text address, Chinese or English;\n"
          "0 for Hong Kong, Macao, Taiwan, abroad, unknown text, invalid UTF-8 and NUL bytes. Never raises.\n"
          "A str gives an int; a list, numpy array or pandas Series gives an int32 numpy array.\n"
          "Example: province_of_address('青海省海南藏族自治州共和县') is 63.");
    m.def("find_province",
          [](const py::handle& a) {
              return map_codes(a, [](std::string_view s) { return code_or_zero(ineq::find_province(s)); });
          },
          py::arg("name"),
          "A province from its name in any accepted form (full or short Chinese, pinyin, English, ISO 3166-2,\n"
          "postal): its two-digit code, 0 if none. A str gives an int, a column an int32 array.\n"
          "Example: find_province('Nèi Měnggǔ') is 15.");
    m.def("province_of_code",
          [](const py::handle& a) {
              return map_codes(a, [](std::string_view s) { return code_or_zero(ineq::province_from_code(s)); });
          },
          py::arg("code"),
          "The province of a GB/T 2260 division code given as text ('44', '4403', '440305'): its two-digit code,\n"
          "0 if none.");
    m.def("resolve_address", [](const py::handle& a) { return places(a, [](std::string_view s) { return ineq::resolve_address(s); }); },
          py::arg("address"),
          "Resolves a free-text address to a mainland province and prefecture, or to Hong Kong, Macao, Taiwan or\n"
          "abroad. A str gives a dict province (code, 0 if none), prefecture (four-digit code, 0 if none),\n"
          "outside ('' or the place outside the mainland); a column gives a dict of those as columns.\n"
          "Never raises. Example: resolve_address('江苏省昆山市玉山镇')['prefecture'] is 3205.");
    m.def("resolve_name", [](const py::handle& a) { return places(a, [](std::string_view s) { return ineq::resolve_name(s); }); },
          py::arg("name"),
          "Resolves an organisation's name to a place (as resolve_address). Example: the province of\n"
          "resolve_name('哈尔滨工业大学(深圳)') is 44 (the bracket locates the campus).");
}

}  // namespace ineq_python
