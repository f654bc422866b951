// Seeded synthetic inputs shared by the benchmarks and bench_write_inputs (which writes the
// same values for the Python peers in bench/compare/):
//   - applicant names: a few thousand distinct, realistic Chinese names (enterprises with city
//     prefixes, universities and colleges, institutes, hospitals, bureaus, persons);
//   - addresses built from the prefecture table `ineq::prefectures()` (with and without the
//     province, as in CNIPA's address field);
//   - raw patent records (applicants' names and addresses, kinds and provinces not yet known);
//   - sparse random graphs (n nodes, m distinct edges, integer weights 1..4).
// Benchmark support only; not part of the library.
#ifndef INEQ_BENCH_SYNTHETIC_HPP
#define INEQ_BENCH_SYNTHETIC_HPP

#include <ineq/patent/record.hpp>
#include <ineq/region/prefecture.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace bench {

/// One applicant as a data source gives it: a name and an address.
struct raw_applicant {
    std::string name;
    std::string address;
};

/// A record before classification: applicants with names and addresses only.
struct raw_record {
    int year;
    ineq::patent_type type;
    std::vector<std::size_t> applicants;  ///< indices into the applicant pool
};

/// Non-placeholder prefectures (real city names).
inline std::vector<ineq::prefecture_info> cities() {
    std::vector<ineq::prefecture_info> out;
    for (const auto& p : ineq::prefectures()) {
        if (!p.is_placeholder()) {
            out.push_back(p);
        }
    }
    return out;
}

inline std::string_view province_name(std::uint8_t code) {
    for (const auto& p : ineq::provinces()) {
        if (p.code == code) {
            return p.chinese;
        }
    }
    return {};
}

/// City name without its 市 suffix (深圳市 -> 深圳) for names such as 深圳某某科技有限公司.
inline std::string city_stem(std::string_view city) {
    constexpr std::string_view shi = "市";
    if (city.size() > shi.size() && city.ends_with(shi)) {
        city.remove_suffix(shi.size());
    }
    return std::string(city);
}

/// `count` distinct applicants (name + address), seeded. About 55 % enterprises, 12 %
/// universities and colleges, 10 % institutes, 3 % hospitals and bureaus, 20 % persons.
inline std::vector<raw_applicant> applicant_pool(std::size_t count, std::uint64_t seed = 7) {
    static constexpr std::array<std::string_view, 24> brand{
        "华为", "中兴", "海康", "宏达", "恒瑞", "金辉", "天成", "新元", "博远", "鼎盛", "瑞丰", "卓越",
        "汇通", "正泰", "明德", "思源", "泰和", "长城", "东方", "远景", "智源", "领航", "蓝海", "中科"};
    static constexpr std::array<std::string_view, 14> trade{
        "科技", "电子", "信息技术", "生物医药", "新材料", "智能装备", "机械制造", "化工", "能源",
        "通信技术", "软件", "环保科技", "汽车零部件", "光电"};
    static constexpr std::array<std::string_view, 5> company{
        "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "科技股份有限公司"};
    static constexpr std::array<std::string_view, 9> university{
        "大学", "理工大学", "科技大学", "工业大学", "师范大学", "医科大学", "农业大学", "职业技术学院",
        "工程学院"};
    static constexpr std::array<std::string_view, 10> field{
        "材料", "化学", "物理", "自动化", "电子学", "计算技术", "农业科学", "环境科学", "机械科学",
        "水利"};
    static constexpr std::array<std::string_view, 4> institute{"研究所", "研究院", "科学研究院",
                                                               "设计研究院"};
    static constexpr std::array<std::string_view, 20> surname{
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "欧阳"};
    static constexpr std::array<std::string_view, 20> given{
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
        "超", "秀英", "建华", "志强", "海燕"};
    static constexpr std::array<std::string_view, 12> district{
        "高新区", "经济技术开发区", "南山区", "朝阳区", "开发区", "新区", "城关区", "滨海新区",
        "工业园区", "科技园", "中心区", "江北区"};
    static constexpr std::array<std::string_view, 12> road{
        "科技路", "创新大道", "学院路", "人民路", "解放路", "中山路", "建设路", "长江路", "黄河路",
        "工业大道", "高新路", "文化路"};

    const auto city = cities();
    std::mt19937_64 rng(seed);
    const auto pick = [&rng](std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(rng);
    };
    std::unordered_set<std::string> seen;
    std::vector<raw_applicant> out;
    out.reserve(count);
    while (out.size() < count) {
        const auto& c = city[pick(city.size())];
        const std::string stem = city_stem(c.name);
        const std::string_view prov = province_name(c.province_code);
        const std::string prov_stem = city_stem(prov);
        const std::size_t roll = pick(100);
        std::string name;
        if (roll < 55) {
            name = stem;
            name += brand[pick(brand.size())];
            if (pick(2) == 0) {
                name += brand[pick(brand.size())];
            }
            name += trade[pick(trade.size())];
            name += company[pick(company.size())];
        } else if (roll < 67) {
            name = pick(2) == 0 ? stem : prov_stem;
            name += university[pick(university.size())];
        } else if (roll < 77) {
            name = pick(3) == 0 ? std::string("中国科学院") : prov_stem;
            name += field[pick(field.size())];
            name += institute[pick(institute.size())];
        } else if (roll < 80) {
            name = stem;
            name += pick(2) == 0 ? "市第一人民医院" : "市科学技术局";
        } else {
            name = surname[pick(surname.size())];
            name += given[pick(given.size())];
            if (pick(2) == 0) {
                name += given[pick(given.size())];
            }
        }
        if (!seen.insert(name).second) {
            continue;  // keep names distinct
        }
        std::string address;
        if (pick(4) != 0) {  // most addresses start with the province
            address = prov;
        }
        address += c.name;
        address += district[pick(district.size())];
        address += road[pick(road.size())];
        address += std::to_string(1 + pick(999));
        address += "号";
        out.push_back({std::move(name), std::move(address)});
    }
    return out;
}

/// `count` raw records over `pool`, seeded: filing years 2008..2023, 75 % inventions,
/// 1 to 4 applicants (40 % single).
inline std::vector<raw_record> raw_records(std::size_t count, std::size_t pool,
                                           std::uint64_t seed = 11) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> year(2008, 2023);
    std::uniform_int_distribution<std::size_t> who(0, pool - 1);
    std::discrete_distribution<int> size{40, 35, 17, 8};
    std::vector<raw_record> out(count);
    for (auto& r : out) {
        r.year = year(rng);
        const auto t = std::uniform_int_distribution<int>(0, 99)(rng);
        r.type = t < 75 ? ineq::patent_type::invention
                        : (t < 93 ? ineq::patent_type::utility_model : ineq::patent_type::design);
        const int k = size(rng) + 1;
        for (int i = 0; i < k; ++i) {
            r.applicants.push_back(who(rng));
        }
    }
    return out;
}

/// The records as ineq holds them, with names copied and kinds/provinces left unknown.
inline std::vector<ineq::patent_record> to_patent_records(const std::vector<raw_record>& raw,
                                                          const std::vector<raw_applicant>& pool) {
    using namespace std::chrono;
    std::vector<ineq::patent_record> out;
    out.reserve(raw.size());
    std::size_t serial = 0;
    for (const auto& r : raw) {
        ineq::patent_record p;
        p.application_number = "CN" + std::to_string(r.year) + std::to_string(100000 + serial++);
        p.filing_date = year{r.year} / June / 15;
        p.type = r.type;
        for (const std::size_t a : r.applicants) {
            ineq::applicant x;
            x.name = pool[a].name;
            p.applicants.push_back(std::move(x));
        }
        out.push_back(std::move(p));
    }
    return out;
}

/// A sparse random graph: n nodes, m distinct undirected edges without self-loops
/// (G(n, m)), integer weights 1..4; seeded. Edges sorted by (i, j).
struct edge {
    std::uint32_t i;
    std::uint32_t j;
    double w;
};
inline std::vector<edge> random_graph(std::size_t n, std::size_t m, std::uint64_t seed = 3) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint32_t> node(0, static_cast<std::uint32_t>(n - 1));
    std::uniform_int_distribution<int> weight(1, 4);
    std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
    std::vector<edge> out;
    out.reserve(m);
    while (out.size() < m) {
        auto a = node(rng);
        auto b = node(rng);
        if (a == b) {
            continue;
        }
        if (a > b) {
            std::swap(a, b);
        }
        if (seen.emplace(a, b).second) {
            out.push_back({a, b, static_cast<double>(weight(rng))});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const edge& x, const edge& y) { return x.i != y.i ? x.i < y.i : x.j < y.j; });
    return out;
}

}  // namespace bench

#endif
