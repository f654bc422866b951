// synthetic: write a SYNTHETIC incoPat-style CSV export of AI patent applications, 2012-2021.
//
//   synthetic [--seed N] [--out FILE] [--targets FILE] [--rows N]
//
// The records are invented. They are built so that, run through examples/pipeline with the
// study's rules and whole counting, the provincial totals reproduce the pattern of the
// study's Table 1 exactly, and the yearly totals grow as in its Figure 1. Every row says
// "SYNTHETIC" in its 来源 (source) column, the default file name contains "synthetic", and
// everything printed here says so. See README.md next to this file for the rules used,
// in particular the assumed mapping of the study's Table 1 rows to provinces.
//
// Determinism: std::mt19937_64 is specified bit for bit by the standard; the draws below
// are written by hand because std::uniform_int_distribution and std::shuffle differ between
// standard libraries. The same seed gives the same file everywhere.

#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view banner = "*** SYNTHETIC DATA: invented patent records that only imitate the study ***";

// ---- Deterministic draws -----------------------------------------------------------------

class rng {
public:
    explicit rng(std::uint64_t seed) : engine_(seed) {}
    /// Uniform integer in [0, n), n > 0, by rejection (no modulo bias).
    std::size_t below(std::size_t n) {
        const std::uint64_t bound = static_cast<std::uint64_t>(n);
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t x = 0;
        do {
            x = engine_();
        } while (x >= limit);
        return static_cast<std::size_t>(x % bound);
    }
    /// Uniform real in [0, 1) from the top 53 bits.
    double real() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) {
        return v[below(v.size())];
    }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& v) {
        return v[below(N)];
    }
    /// Index drawn with probability proportional to weights[i] (some weight > 0).
    std::size_t weighted(const std::vector<std::int64_t>& weights) {
        const std::int64_t total = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
        auto r = static_cast<std::int64_t>(below(static_cast<std::size_t>(total)));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }
    template <class T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::mt19937_64 engine_;
};

// ---- The study's pattern ----------------------------------------------------------------------

// Table 1's cooperative counts (national 5,483). Which province each row belongs to is not
// part of the reference data; see assumed_rank below.
constexpr std::array<std::int64_t, 31> study_cooperative{7,   46,  33,  91,  86,   27,  28, 13, 129, 23, 91,
                                                         327, 328, 43,  169, 122,  82,  107, 1364, 598, 194,
                                                         18,  2,   26,  125, 797,  31,  127, 11,  24, 418};
constexpr std::int64_t study_total_all = 11101;

// ASSUMPTION of the synthetic data: provinces ranked by their assumed volume of AI patents;
// the largest cooperative count goes to the first, and so on.
constexpr std::array<int, 31> assumed_rank{11, 44, 32, 31, 33, 37, 51, 42, 61, 34, 21, 12, 43, 35, 50, 23,
                                           41, 22, 13, 36, 45, 53, 14, 52, 62, 15, 65, 46, 64, 63, 54};

// Share of the decade's patents filed each year, 2012..2021 (per cent): from about 1 % to 30 %.
constexpr std::array<double, 10> year_share{1.0, 2.0, 3.5, 5.0, 7.0, 9.0, 11.0, 14.0, 17.5, 30.0};
constexpr int first_year = 2012;

/// Splits `total` into parts proportional to `weights` by the largest-remainder method.
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double>& weights) {
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<std::int64_t> out(weights.size());
    std::vector<std::pair<double, std::size_t>> rest;
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        out[i] = static_cast<std::int64_t>(std::floor(exact));
        given += out[i];
        rest.emplace_back(exact - std::floor(exact), i);
    }
    std::ranges::stable_sort(rest, [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given) ++out[rest[k % rest.size()].second];
    return out;
}

// ---- Names, addresses --------------------------------------------------------------------------

struct place {
    ineq::province prov;
    std::string city;        // full prefecture name, e.g. 深圳市, or the municipality
    std::string city_short;  // 深圳
    std::string district;
    int code = 0;            // division code written to 申请人省市代码 (4-digit or 2-digit)
};

std::string strip_shi(std::string_view name) {
    if (name.ends_with("市") && name.size() >= 9) return std::string(name.substr(0, name.size() - 3));
    return std::string(name);
}

std::vector<std::vector<place>> build_places() {
    std::vector<std::vector<place>> out(ineq::province::count);
    for (const auto& pf : ineq::prefectures()) {
        if (pf.is_placeholder()) continue;
        if (!pf.name.ends_with("市")) continue;  // keep to cities: 自治州 and 盟 names have no short form
        const auto p = pf.province_of();
        out[p.index()].push_back(place{p, std::string(pf.name), strip_shi(pf.name), "", pf.code});
    }
    constexpr std::array<std::string_view, 4> districts{"高新区", "经济技术开发区", "新区", "中心城区"};
    for (std::size_t i = 0; i < ineq::province::count; ++i) {
        const auto p = ineq::province::from_index(i);
        if (out[i].empty()) {  // the four municipalities
            std::string name(p.chinese());
            static constexpr std::array<std::pair<int, std::array<std::string_view, 3>>, 4> municipal{{
                {11, {"海淀区", "朝阳区", "昌平区"}},
                {12, {"滨海新区", "南开区", "西青区"}},
                {31, {"浦东新区", "徐汇区", "闵行区"}},
                {50, {"渝北区", "沙坪坝区", "九龙坡区"}},
            }};
            for (const auto& [code, ds] : municipal) {
                if (code != p.code()) continue;
                for (const auto d : ds) out[i].push_back(place{p, name, strip_shi(name), std::string(d), p.code()});
            }
        } else {
            for (auto& pl : out[i]) pl.district = std::string(districts[static_cast<std::size_t>(pl.code) % 4]);
        }
    }
    return out;
}

constexpr std::array<std::string_view, 20> word1{"智", "云", "数", "星", "华", "创", "博", "恒", "信", "融",
                                                 "达", "图", "灵", "睿", "思", "联", "视", "芯", "汇", "鼎"};
constexpr std::array<std::string_view, 20> word2{"擎", "维", "途", "科", "合", "安", "驰", "算", "瞳", "谷",
                                                 "源", "启", "航", "锐", "拓", "鑫", "卓", "越", "讯", "翼"};
constexpr std::array<std::string_view, 8> industry{"科技", "信息技术", "智能科技", "网络科技",
                                                   "电子科技", "软件",   "数据科技", "机器人"};
constexpr std::array<std::string_view, 8> uni_suffix{"大学",     "理工大学", "师范大学", "工业大学",
                                                     "科技大学", "农业大学", "财经大学", "医科大学"};
constexpr std::array<std::string_view, 8> field{"人工智能", "自动化",   "智能信息", "计算技术",
                                                "软件",     "光电技术", "电子学",   "智能制造"};
constexpr std::array<std::string_view, 20> surname{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                                   "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
constexpr std::array<std::string_view, 20> given{"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇",
                                                 "军", "杰", "涛", "明", "超", "秀英", "建华", "晓东", "海燕", "志强"};
constexpr std::array<std::string_view, 8> tech{"深度学习", "卷积神经网络", "知识图谱", "强化学习",
                                               "联邦学习", "注意力机制",   "图神经网络", "迁移学习"};
constexpr std::array<std::string_view, 9> object{"图像识别", "语音识别", "目标检测",   "文本分类", "故障诊断",
                                                 "路径规划", "推荐",     "行人重识别", "医学影像分割"};
constexpr std::array<std::string_view, 4> method{"方法", "方法及装置", "系统", "方法、设备及存储介质"};

enum class kind { enterprise, university, institute, government, individual };

constexpr std::string_view type_text(kind k) {
    switch (k) {
        case kind::enterprise: return "企业";
        case kind::university: return "大专院校";
        case kind::institute: return "科研单位";
        case kind::government: return "机关团体";
        case kind::individual: return "个人";
    }
    return "";
}

struct applicant_row {
    std::string name, type, country, address, code;
};

struct overseas_entry {
    std::string_view name, type, country, address;
};
// Foreign, Hong Kong, Macao and Taiwan applicants (names of well-known organisations; the
// records they appear in are invented). Two of them carry no or a "CN" country code and are
// recognised by their address, as real exports sometimes require.
constexpr std::array<overseas_entry, 10> overseas{{
    {"International Business Machines Corporation", "企业", "US", "Armonk, New York, USA"},
    {"Sony Group Corporation", "企业", "JP", "Tokyo, Japan"},
    {"Samsung Electronics Co., Ltd.", "企业", "KR", "Suwon-si, Gyeonggi-do, Korea"},
    {"Siemens Aktiengesellschaft", "企业", "DE", "München, Germany"},
    {"NEC Corporation", "企业", "JP", "Tokyo, Japan"},
    {"香港科技大学", "大专院校", "HK", "香港九龙清水湾"},
    {"香港中文大学", "大专院校", "", "香港新界沙田"},
    {"鸿海精密工业股份有限公司", "企业", "TW", "台湾新北市土城区"},
    {"台达电子工业股份有限公司", "企业", "CN", "台湾台北市内湖区"},
    {"澳门大学", "大专院校", "MO", "澳门氹仔"},
}};

class namer {
public:
    namer(rng& r, const std::vector<std::vector<place>>& places) : r_(r), places_(places) {}

    const place& where(ineq::province p) { return r_.pick(places_[p.index()]); }

    /// An applicant of kind k in province p. With `name_only`, the province can only be
    /// found from the name (no code, no address), so the name starts with a place.
    applicant_row make(kind k, ineq::province p, bool name_only = false) {
        const place& pl = where(p);
        applicant_row a;
        const std::string prov_short = short_of(p);
        switch (k) {
            case kind::enterprise:
            {
                // One draw per statement: the order in which function arguments are
                // evaluated differs between compilers.
                const auto w1 = r_.pick(word1);
                const auto w2 = r_.pick(word2);
                const auto ind = r_.pick(industry);
                const bool listed = r_.chance(0.2);
                a.name = fmt::format("{}{}{}{}{}", pl.city, w1, w2, ind, listed ? "股份有限公司" : "有限公司");
            }
                break;
            case kind::university:
                a.name = r_.chance(0.7) || name_only ? fmt::format("{}{}", prov_short, r_.pick(uni_suffix))
                                                     : fmt::format("{}{}", pl.city_short, r_.chance(0.5) ? "大学" : "学院");
                break;
            case kind::institute:
                a.name = r_.chance(0.5) && !name_only
                             ? fmt::format("中国科学院{}{}研究所", pl.city_short, r_.pick(field))
                             : fmt::format("{}{}研究院", p.chinese(), r_.pick(field));
                break;
            case kind::government:
                a.name = r_.chance(0.5) ? fmt::format("{}科学技术厅", p.chinese())
                                        : fmt::format("{}大数据管理局", pl.city);
                break;
            case kind::individual:
            {
                const auto family = r_.pick(surname);
                a.name = fmt::format("{}{}", family, r_.pick(given));
            }
                break;
        }
        // 4 % leave the type empty: the pipeline then classifies the name.
        a.type = r_.chance(0.04) && k != kind::individual ? "" : std::string(type_text(k));
        a.country = "CN";
        if (name_only) return a;
        const auto road = r_.pick(word1);
        const auto number = 1 + r_.below(300);
        a.address = fmt::format("{}{}{}{}路{}号", p.chinese() == pl.city ? "" : std::string(p.chinese()), pl.city,
                                pl.district, road, number);
        // 8 % leave the code empty: the pipeline then reads the address.
        a.code = r_.chance(0.08) ? "" : std::to_string(pl.code);
        return a;
    }

    applicant_row foreign() {
        const auto& o = r_.pick(overseas);
        return {std::string(o.name), std::string(o.type), std::string(o.country), std::string(o.address), ""};
    }

    std::string title() {
        const auto te = r_.pick(tech);
        const auto ob = r_.pick(object);
        std::string t = fmt::format("一种基于{}的{}{}", te, ob, r_.pick(method));
        const double u = r_.real();
        if (u < 0.02) t += ", 以及相应的装置";               // ASCII comma: a quoted field
        else if (u < 0.03) t = fmt::format("\"{}\"", t);     // quotes: doubled in the file
        else if (u < 0.032) t += "\n(摘要见说明书)";          // embedded new line
        return t;
    }

private:
    static std::string short_of(ineq::province p) { return std::string(p.info().chinese_short); }
    rng& r_;
    const std::vector<std::vector<place>>& places_;
};

// ---- Records ------------------------------------------------------------------------------

struct record {
    std::string application_number, publication_number, title, date, type;
    std::vector<applicant_row> applicants;
};

struct numbering {
    std::int64_t serial = 100000;
    // Application number: CN + year + type digit (1 invention, 2 utility, 3 design) +
    // 7-digit serial + "." + check digit (not the real checksum).
    std::pair<std::string, std::string> next(int year, int type_digit, char kind_code) {
        ++serial;
        const auto s = serial;
        return {fmt::format("CN{}{}{:07d}.{}", year, type_digit, s, s % 10),
                fmt::format("CN{}{:08d}{}", type_digit, 10000000 + s * 7 % 90000000, kind_code)};
    }
};

std::string date_in(rng& r, int year) {
    const int month = 1 + static_cast<int>(r.below(12));
    const int days = month == 2 ? 28 : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    return fmt::format("{}-{:02d}-{:02d}", year, month, 1 + static_cast<int>(r.below(static_cast<std::size_t>(days))));
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string join(const std::vector<applicant_row>& a, std::string applicant_row::*member) {
    std::string out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (i != 0) out += "; ";
        out += a[i].*member;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes a SYNTHETIC incoPat-style export of AI patent records, 2012-2021"};
    std::uint64_t seed = 20211231;
    std::string out_file = "ineq_ai_patents_synthetic.csv";
    std::string targets_file;
    std::size_t rows_wanted = 18800;
    app.add_option("--seed", seed, "seed of the std::mt19937_64 engine")->capture_default_str();
    app.add_option("--out", out_file, "CSV file to write")->capture_default_str();
    app.add_option("--targets", targets_file, "also write the per-province targets (province_code,all,cooperative)");
    app.add_option("--rows", rows_wanted, "approximate number of data rows")->capture_default_str()->check(
        CLI::Range(std::size_t{12000}, std::size_t{10000000}));
    CLI11_PARSE(app, argc, argv);

    rng r(seed);
    const auto places = build_places();
    namer names(r, places);
    constexpr std::size_t P = ineq::province::count;
    constexpr std::size_t Y = year_share.size();

    // ---- Targets per province (whole counting) -------------------------------------------
    std::vector<std::int64_t> coop_sorted(study_cooperative.begin(), study_cooperative.end());
    std::ranges::sort(coop_sorted, std::greater<>());
    std::array<std::int64_t, P> coop{};
    std::array<std::int64_t, P> all{};
    std::vector<double> raw_all(P);
    for (std::size_t rank = 0; rank < P; ++rank) {
        const auto p = ineq::province_from_code(static_cast<long>(assumed_rank[rank]));
        coop[p->index()] = coop_sorted[rank];
        // Cooperation degree between about 0.34 and 0.64, varying with the rank by the golden
        // angle so that neighbours differ; the all-patent counts are then scaled to 11,101.
        const double degree = 0.49 + 0.15 * std::cos(static_cast<double>(rank) * 2.39996);
        raw_all[p->index()] = static_cast<double>(coop_sorted[rank]) / degree;
    }
    {
        const auto scaled = apportion(study_total_all, raw_all);
        for (std::size_t i = 0; i < P; ++i) all[i] = std::max(scaled[i], coop[i]);
        // Keep the national total at 11,101 after raising any province to its cooperative count.
        std::int64_t excess = std::accumulate(all.begin(), all.end(), std::int64_t{0}) - study_total_all;
        while (excess > 0) {
            std::size_t best = 0;
            for (std::size_t i = 0; i < P; ++i) {
                if (all[i] - coop[i] > all[best] - coop[best]) best = i;
            }
            --all[best];
            --excess;
        }
    }

    // ---- Targets per province and year ----------------------------------------------------
    const std::vector<double> shares(year_share.begin(), year_share.end());
    std::vector<std::vector<std::int64_t>> coop_left(Y, std::vector<std::int64_t>(P));
    std::vector<std::vector<std::int64_t>> other_left(Y, std::vector<std::int64_t>(P));
    // Larger provinces grow faster (their yearly weights are raised to a higher power), so
    // inequality across provinces rises over the decade as in the study's Figure 4.
    std::array<double, P> growth_power{};
    for (std::size_t rank = 0; rank < P; ++rank) {
        growth_power[ineq::province_from_code(static_cast<long>(assumed_rank[rank]))->index()] =
            1.25 - 0.6 * static_cast<double>(rank) / static_cast<double>(P - 1);
    }
    for (std::size_t i = 0; i < P; ++i) {
        std::vector<double> w(shares);
        for (auto& x : w) x = std::pow(x, growth_power[i]);
        const auto c = apportion(coop[i], w);
        const auto o = apportion(all[i] - coop[i], w);
        for (std::size_t y = 0; y < Y; ++y) {
            coop_left[y][i] = c[y];
            other_left[y][i] = o[y];
        }
    }

    std::array<std::int64_t, Y> coop_year{};
    std::array<std::int64_t, Y> all_year{};
    for (std::size_t y = 0; y < Y; ++y) {
        for (std::size_t i = 0; i < P; ++i) {
            coop_year[y] += coop_left[y][i];
            all_year[y] += coop_left[y][i] + other_left[y][i];
        }
    }

    std::vector<record> records;
    numbering numbers;
    std::size_t n_cross = 0, n_individual = 0, n_overseas = 0, n_dup = 0, n_utility = 0, n_design = 0,
                n_outside = 0, n_name_only = 0;
    const auto province_at = [](std::size_t i) { return ineq::province::from_index(i); };
    const auto invention = [&](int year) {
        record rec;
        auto [app_no, pub_no] = numbers.next(year, 1, 'A');
        rec.application_number = app_no;
        rec.publication_number = pub_no;
        rec.title = names.title();
        rec.date = date_in(r, year);
        rec.type = "发明申请";
        return rec;
    };
    const auto organisation = [&](kind k, std::size_t p) {
        // 3 % of enterprises and institutes are located by their name alone.
        const bool name_only = (k == kind::enterprise || k == kind::institute) && r.chance(0.03);
        n_name_only += name_only ? 1U : 0U;
        return names.make(k, province_at(p), name_only);
    };
    const auto draw_other = [&](std::vector<std::int64_t>& left, std::size_t not_this) -> std::optional<std::size_t> {
        std::vector<std::int64_t> w = left;
        w[not_this] = 0;
        if (std::accumulate(w.begin(), w.end(), std::int64_t{0}) == 0) return std::nullopt;
        return r.weighted(w);
    };

    for (std::size_t y = 0; y < Y; ++y) {
        const int year = first_year + static_cast<int>(y);
        // Cooperative: an industry-university-research pair, no individual, no overseas applicant.
        auto& cl = coop_left[y];
        while (std::accumulate(cl.begin(), cl.end(), std::int64_t{0}) > 0) {
            const std::size_t p = r.weighted(cl);
            std::optional<std::size_t> q;
            if (r.chance(0.12)) q = draw_other(cl, p);
            --cl[p];
            if (q) {
                --cl[*q];
                ++n_cross;
            }
            const double u = r.real();
            std::vector<kind> kinds = u < 0.5   ? std::vector<kind>{kind::university, kind::enterprise}
                                      : u < 0.7 ? std::vector<kind>{kind::university, kind::institute}
                                      : u < 0.9 ? std::vector<kind>{kind::enterprise, kind::institute}
                                                : std::vector<kind>{kind::enterprise, kind::university, kind::institute};
            if (r.chance(0.5)) std::swap(kinds[0], kinds[1]);
            record rec = invention(year);
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                rec.applicants.push_back(organisation(kinds[k], k == 1 && q ? *q : p));
            }
            if (r.chance(0.08)) rec.applicants.push_back(organisation(kind::enterprise, p));
            records.push_back(std::move(rec));
        }
        // Not cooperative in the study's sense, but counted among all invention patents.
        auto& ol = other_left[y];
        while (std::accumulate(ol.begin(), ol.end(), std::int64_t{0}) > 0) {
            const std::size_t p = r.weighted(ol);
            --ol[p];
            record rec = invention(year);
            const double u = r.real();
            if (u < 0.08) {  // two enterprises, possibly in two provinces
                rec.applicants.push_back(organisation(kind::enterprise, p));
                const auto q = draw_other(ol, p);
                if (q && r.chance(0.5)) {
                    --ol[*q];
                    ++n_cross;
                    rec.applicants.push_back(organisation(kind::enterprise, *q));
                } else {
                    rec.applicants.push_back(organisation(kind::enterprise, p));
                }
            } else if (u < 0.12) {
                rec.applicants = {organisation(kind::university, p), organisation(kind::university, p)};
            } else if (u < 0.15) {
                rec.applicants = {organisation(kind::enterprise, p), names.make(kind::government, province_at(p))};
            } else if (u < 0.24) {  // with an individual co-applicant: rejected by the rules
                rec.applicants = {organisation(r.chance(0.7) ? kind::enterprise : kind::university, p),
                                  names.make(kind::individual, province_at(p))};
                ++n_individual;
            } else if (u < 0.31) {  // an IUR pair with an overseas / HK / MO / TW partner: rejected
                rec.applicants = {organisation(kind::university, p), organisation(kind::enterprise, p),
                                  names.foreign()};
                ++n_overseas;
            } else {  // a single applicant
                const double v = r.real();
                const kind k = v < 0.65 ? kind::enterprise : v < 0.9 ? kind::university : kind::institute;
                rec.applicants = {organisation(k, p)};
            }
            records.push_back(std::move(rec));
        }
    }
    const std::size_t counted = records.size();

    // ---- Rows that must not count --------------------------------------------------------
    // A+B: the grant of an application already listed (removed by deduplication).
    for (std::size_t i = 0; i < counted; ++i) {
        if (!r.chance(0.15)) continue;
        record b = records[i];
        b.publication_number.back() = 'B';
        b.type = "发明授权";
        records.push_back(std::move(b));
        ++n_dup;
    }
    const std::size_t base_rows = records.size();
    const std::size_t extra = rows_wanted > base_rows ? rows_wanted - base_rows : 0;
    std::vector<std::int64_t> province_weight(all.begin(), all.end());
    for (std::size_t i = 0; i < extra; ++i) {
        const double u = r.real();
        const std::size_t p = r.weighted(province_weight);
        const int year = first_year + static_cast<int>(r.below(Y));
        record rec;
        if (u < 0.75 || u >= 0.96) {
            const bool utility = u < 0.75 ? r.chance(0.83) : false;
            if (u < 0.75) {
                auto [a, b] = numbers.next(year, utility ? 2 : 3, utility ? 'U' : 'S');
                rec.application_number = a;
                rec.publication_number = b;
                rec.type = utility ? "实用新型" : "外观设计";
                rec.date = date_in(r, year);
                (utility ? n_utility : n_design)++;
            } else {  // invention with only a foreign applicant: no province, overseas
                rec = invention(year);
                rec.applicants = {names.foreign()};
                ++n_overseas;
            }
            rec.title = rec.title.empty() ? names.title() : rec.title;
            if (rec.applicants.empty()) {
                rec.applicants = {organisation(kind::enterprise, p)};
                if (r.chance(0.4)) rec.applicants.push_back(organisation(kind::university, p));
            }
        } else {  // invention filed outside 2012-2021
            const int outside_year = r.chance(0.5) ? 2010 + static_cast<int>(r.below(2)) : 2022;
            rec = invention(outside_year);
            rec.applicants = {organisation(kind::university, p), organisation(kind::enterprise, p)};
            ++n_outside;
        }
        records.push_back(std::move(rec));
    }
    r.shuffle(records);

    // ---- Write -----------------------------------------------------------------------------
    const std::string source = fmt::format("SYNTHETIC (ineq examples/synthetic, seed {})", seed);
    std::string text = "\xEF\xBB\xBF";  // UTF-8 byte order mark, as spreadsheet exports have
    text += "序号,公开（公告）号,申请号,标题,申请日,专利类型,申请人,申请人类型,申请人国别代码,申请人地址,申请人省市代码,来源\n";
    std::size_t row_no = 0;
    const auto write_row = [&](const record& rec) {
        ++row_no;
        text += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", row_no, csv_field(rec.publication_number),
                            csv_field(rec.application_number), csv_field(rec.title), csv_field(rec.date),
                            csv_field(rec.type), csv_field(join(rec.applicants, &applicant_row::name)),
                            csv_field(join(rec.applicants, &applicant_row::type)),
                            csv_field(join(rec.applicants, &applicant_row::country)),
                            csv_field(join(rec.applicants, &applicant_row::address)),
                            csv_field(join(rec.applicants, &applicant_row::code)), csv_field(source));
    };
    // Deliberately malformed rows, spread through the file, for the pipeline's bad-row report.
    const std::array<std::string, 10> malformed{
        "CN100000001A,CN201910000001.1,一种缺少字段的方法,2019-05-01,发明申请",                      // too few fields
        "CN100000002A,CN201910000002.2,一种多出字段的方法,2019-05-02,发明申请,北京甲科技有限公司,企业,CN,北京市海淀区,11,x,y",  // too many
        "CN100000003A,CN201910000003.3,一种日期错误的方法,2019-02-30,发明申请,北京甲科技有限公司; 北京乙大学,企业; 大专院校,CN; CN,北京市海淀区; 北京市海淀区,11; 11",
        "CN100000004A,CN201910000004.4,一种日期未知的方法,未知,发明申请,上海甲科技有限公司,企业,CN,上海市浦东新区,31",
        "CN100000005A,CN201910000005.5,一种没有日期的方法,,发明申请,上海甲科技有限公司,企业,CN,上海市浦东新区,31",
        "CN100000006A,CN201910000006.6,一种没有申请人的方法,2020-03-03,发明申请,,,,,",
        "CN100000007A,CN201910000007.7,一种编码错误的方法,2020-03-04,发明申请,\xC3\x28科技有限公司,企业,CN,广东省深圳市,4403",
        "CN100000008A,CN201910000008.8,一种引号\"错误\"的方法,2020-03-05,发明申请,广东甲科技有限公司,企业,CN,广东省深圳市,4403",
        "CN100000009A,CN201910000009.9,\"一种引号后多字\"x,2020-03-06,发明申请,广东甲科技有限公司,企业,CN,广东省深圳市,4403",
        "CN100000010A,CN201910000010.0,一种申请人只有分隔符的方法,2021-01-01,发明申请, ; ,企业,CN,江苏省南京市,3201",
    };
    const std::size_t stride = records.size() / (malformed.size() + 1);
    std::size_t next_bad = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (next_bad < malformed.size() && i == stride * (next_bad + 1)) {
            ++row_no;
            text += fmt::format("{},{},{}\n", row_no, malformed[next_bad], csv_field(source));
            ++next_bad;
        }
        write_row(records[i]);
    }
    {
        std::ofstream out(out_file, std::ios::binary);
        out << text;
        if (!out) {
            fmt::print(stderr, "synthetic: cannot write {}\n", out_file);
            return 1;
        }
    }
    if (!targets_file.empty()) {
        std::string t = "province_code,all,cooperative\n";
        for (std::size_t i = 0; i < P; ++i) t += fmt::format("{},{},{}\n", province_at(i).code(), all[i], coop[i]);
        std::ofstream out(targets_file, std::ios::binary);
        out << t;
        if (!out) {
            fmt::print(stderr, "synthetic: cannot write {}\n", targets_file);
            return 1;
        }
    }

    // ---- Report ------------------------------------------------------------------------------
    fmt::print("{}\n", banner);
    fmt::print("Wrote {} data rows to {} (seed {})\n", row_no, out_file, seed);
    fmt::print("  counted inventions 2012-2021   {:>6}  ({} with applicants in two provinces)\n", counted, n_cross);
    fmt::print("    with an individual            {:>6}\n", n_individual);
    fmt::print("    located by name only          {:>6}  (applicants)\n", n_name_only);
    fmt::print("  overseas / HK / MO / TW records {:>6}\n", n_overseas);
    fmt::print("  B publications (duplicates)     {:>6}\n", n_dup);
    fmt::print("  utility models / designs        {:>6} / {}\n", n_utility, n_design);
    fmt::print("  inventions filed outside window {:>6}\n", n_outside);
    fmt::print("  deliberately malformed rows     {:>6}\n", malformed.size());
    const std::int64_t total_coop = std::accumulate(coop.begin(), coop.end(), std::int64_t{0});
    const std::int64_t total_all = std::accumulate(all.begin(), all.end(), std::int64_t{0});
    fmt::print("Targets (whole counting; the province of each row is an ASSUMPTION, see README):\n");
    fmt::print("  {:<16}{:>8}{:>13}{:>10}\n", "province", "all", "cooperative", "degree");
    for (std::size_t rank = 0; rank < P; ++rank) {
        const auto p = *ineq::province_from_code(static_cast<long>(assumed_rank[rank]));
        const auto i = p.index();
        fmt::print("  {:<16}{:>8}{:>13}{:>8.2f} %\n", p.english(), all[i], coop[i],
                   100.0 * static_cast<double>(coop[i]) / static_cast<double>(all[i]));
    }
    fmt::print("  {:<16}{:>8}{:>13}{:>8.2f} %  (study: 11101, 5483, 49.39 %)\n", "national", total_all, total_coop,
               100.0 * static_cast<double>(total_coop) / static_cast<double>(total_all));
    fmt::print("Yearly targets (province counts; share of the decade's cooperative patents):\n");
    fmt::print("  {:>6}{:>8}{:>13}{:>9}\n", "year", "all", "cooperative", "share");
    for (std::size_t y = 0; y < Y; ++y) {
        fmt::print("  {:>6}{:>8}{:>13}{:>7.1f} %\n", first_year + static_cast<int>(y), all_year[y], coop_year[y],
                   100.0 * static_cast<double>(coop_year[y]) / static_cast<double>(total_coop));
    }
    fmt::print("{}\n", banner);
    return 0;
}
