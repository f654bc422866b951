#ifndef INEQ_REGION_PREFECTURE_HPP
#define INEQ_REGION_PREFECTURE_HPP

/// \file
/// The prefecture-level divisions of mainland China (地级行政区: prefecture-level
/// cities, prefectures, autonomous prefectures and leagues) with their provinces, as a
/// constexpr table, and lookups by code and by name.
///
/// Data: GB/T 2260 division codes as published in
/// github.com/modood/Administrative-divisions-of-China (dist/cities.csv),
/// MIT licence, Copyright (c) 2017 mwn. The table keeps the source's rows unchanged,
/// including the placeholder rows that GB/T 2260 uses for the districts of a
/// municipality (市辖区), its counties (县) and the county-level divisions directly under
/// a province or autonomous region (省直辖县级行政区划, 自治区直辖县级行政区划): those are
/// found by code but never by name (see `prefecture_info::is_placeholder`).
///
/// Lookups never throw: unknown or malformed input gives an empty optional.

#include <ineq/detail/utf8.hpp>
#include <ineq/region/province.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ineq {

/// One row of the prefecture table.
struct prefecture_info {
    std::uint16_t code;          ///< GB/T 2260 four-digit code, e.g. 4403
    std::string_view name;       ///< Chinese name, e.g. 深圳市, 海南藏族自治州
    std::uint8_t province_code;  ///< two-digit code of its province, e.g. 44

    /// True for the rows that stand for a group of county-level divisions rather than
    /// a prefecture (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划).
    [[nodiscard]] constexpr bool is_placeholder() const noexcept {
        return name == "市辖区" || name == "县" || name == "省直辖县级行政区划" ||
               name == "自治区直辖县级行政区划";
    }
    /// The province the prefecture belongs to. Never throws for the rows of
    /// `prefectures()`.
    /// \throws domain_error if `province_code` is not a mainland province's code (a
    /// hand-built value such as `{9999, "x", 99}`; codes of 100 and above used to read
    /// past the code table).
    [[nodiscard]] constexpr province province_of() const {
        const std::int8_t i = province_code < detail::province_index_of_code.size()
                                  ? detail::province_index_of_code[province_code]
                                  : std::int8_t{-1};
        if (i < 0) {
            detail::fail_got("prefecture_info::province_of", "province_code is not a mainland province's code",
                             static_cast<double>(province_code));
        }
        return province::from_index(static_cast<std::size_t>(i));
    }
    friend constexpr bool operator==(const prefecture_info&, const prefecture_info&) = default;
};

namespace detail {

inline constexpr prefecture_info prefecture_table[] = {
    {1101, "市辖区", 11},
    {1201, "市辖区", 12},
    {1301, "石家庄市", 13}, {1302, "唐山市", 13}, {1303, "秦皇岛市", 13}, {1304, "邯郸市", 13}, {1305, "邢台市", 13},
    {1306, "保定市", 13}, {1307, "张家口市", 13}, {1308, "承德市", 13}, {1309, "沧州市", 13}, {1310, "廊坊市", 13},
    {1311, "衡水市", 13},
    {1401, "太原市", 14}, {1402, "大同市", 14}, {1403, "阳泉市", 14}, {1404, "长治市", 14}, {1405, "晋城市", 14},
    {1406, "朔州市", 14}, {1407, "晋中市", 14}, {1408, "运城市", 14}, {1409, "忻州市", 14}, {1410, "临汾市", 14},
    {1411, "吕梁市", 14},
    {1501, "呼和浩特市", 15}, {1502, "包头市", 15}, {1503, "乌海市", 15}, {1504, "赤峰市", 15}, {1505, "通辽市", 15},
    {1506, "鄂尔多斯市", 15}, {1507, "呼伦贝尔市", 15}, {1508, "巴彦淖尔市", 15}, {1509, "乌兰察布市", 15}, {1522, "兴安盟", 15},
    {1525, "锡林郭勒盟", 15}, {1529, "阿拉善盟", 15},
    {2101, "沈阳市", 21}, {2102, "大连市", 21}, {2103, "鞍山市", 21}, {2104, "抚顺市", 21}, {2105, "本溪市", 21},
    {2106, "丹东市", 21}, {2107, "锦州市", 21}, {2108, "营口市", 21}, {2109, "阜新市", 21}, {2110, "辽阳市", 21},
    {2111, "盘锦市", 21}, {2112, "铁岭市", 21}, {2113, "朝阳市", 21}, {2114, "葫芦岛市", 21},
    {2201, "长春市", 22}, {2202, "吉林市", 22}, {2203, "四平市", 22}, {2204, "辽源市", 22}, {2205, "通化市", 22},
    {2206, "白山市", 22}, {2207, "松原市", 22}, {2208, "白城市", 22}, {2224, "延边朝鲜族自治州", 22},
    {2301, "哈尔滨市", 23}, {2302, "齐齐哈尔市", 23}, {2303, "鸡西市", 23}, {2304, "鹤岗市", 23}, {2305, "双鸭山市", 23},
    {2306, "大庆市", 23}, {2307, "伊春市", 23}, {2308, "佳木斯市", 23}, {2309, "七台河市", 23}, {2310, "牡丹江市", 23},
    {2311, "黑河市", 23}, {2312, "绥化市", 23}, {2327, "大兴安岭地区", 23},
    {3101, "市辖区", 31},
    {3201, "南京市", 32}, {3202, "无锡市", 32}, {3203, "徐州市", 32}, {3204, "常州市", 32}, {3205, "苏州市", 32},
    {3206, "南通市", 32}, {3207, "连云港市", 32}, {3208, "淮安市", 32}, {3209, "盐城市", 32}, {3210, "扬州市", 32},
    {3211, "镇江市", 32}, {3212, "泰州市", 32}, {3213, "宿迁市", 32},
    {3301, "杭州市", 33}, {3302, "宁波市", 33}, {3303, "温州市", 33}, {3304, "嘉兴市", 33}, {3305, "湖州市", 33},
    {3306, "绍兴市", 33}, {3307, "金华市", 33}, {3308, "衢州市", 33}, {3309, "舟山市", 33}, {3310, "台州市", 33},
    {3311, "丽水市", 33},
    {3401, "合肥市", 34}, {3402, "芜湖市", 34}, {3403, "蚌埠市", 34}, {3404, "淮南市", 34}, {3405, "马鞍山市", 34},
    {3406, "淮北市", 34}, {3407, "铜陵市", 34}, {3408, "安庆市", 34}, {3410, "黄山市", 34}, {3411, "滁州市", 34},
    {3412, "阜阳市", 34}, {3413, "宿州市", 34}, {3415, "六安市", 34}, {3416, "亳州市", 34}, {3417, "池州市", 34},
    {3418, "宣城市", 34},
    {3501, "福州市", 35}, {3502, "厦门市", 35}, {3503, "莆田市", 35}, {3504, "三明市", 35}, {3505, "泉州市", 35},
    {3506, "漳州市", 35}, {3507, "南平市", 35}, {3508, "龙岩市", 35}, {3509, "宁德市", 35},
    {3601, "南昌市", 36}, {3602, "景德镇市", 36}, {3603, "萍乡市", 36}, {3604, "九江市", 36}, {3605, "新余市", 36},
    {3606, "鹰潭市", 36}, {3607, "赣州市", 36}, {3608, "吉安市", 36}, {3609, "宜春市", 36}, {3610, "抚州市", 36},
    {3611, "上饶市", 36},
    {3701, "济南市", 37}, {3702, "青岛市", 37}, {3703, "淄博市", 37}, {3704, "枣庄市", 37}, {3705, "东营市", 37},
    {3706, "烟台市", 37}, {3707, "潍坊市", 37}, {3708, "济宁市", 37}, {3709, "泰安市", 37}, {3710, "威海市", 37},
    {3711, "日照市", 37}, {3713, "临沂市", 37}, {3714, "德州市", 37}, {3715, "聊城市", 37}, {3716, "滨州市", 37},
    {3717, "菏泽市", 37},
    {4101, "郑州市", 41}, {4102, "开封市", 41}, {4103, "洛阳市", 41}, {4104, "平顶山市", 41}, {4105, "安阳市", 41},
    {4106, "鹤壁市", 41}, {4107, "新乡市", 41}, {4108, "焦作市", 41}, {4109, "濮阳市", 41}, {4110, "许昌市", 41},
    {4111, "漯河市", 41}, {4112, "三门峡市", 41}, {4113, "南阳市", 41}, {4114, "商丘市", 41}, {4115, "信阳市", 41},
    {4116, "周口市", 41}, {4117, "驻马店市", 41}, {4190, "省直辖县级行政区划", 41},
    {4201, "武汉市", 42}, {4202, "黄石市", 42}, {4203, "十堰市", 42}, {4205, "宜昌市", 42}, {4206, "襄阳市", 42},
    {4207, "鄂州市", 42}, {4208, "荆门市", 42}, {4209, "孝感市", 42}, {4210, "荆州市", 42}, {4211, "黄冈市", 42},
    {4212, "咸宁市", 42}, {4213, "随州市", 42}, {4228, "恩施土家族苗族自治州", 42}, {4290, "省直辖县级行政区划", 42},
    {4301, "长沙市", 43}, {4302, "株洲市", 43}, {4303, "湘潭市", 43}, {4304, "衡阳市", 43}, {4305, "邵阳市", 43},
    {4306, "岳阳市", 43}, {4307, "常德市", 43}, {4308, "张家界市", 43}, {4309, "益阳市", 43}, {4310, "郴州市", 43},
    {4311, "永州市", 43}, {4312, "怀化市", 43}, {4313, "娄底市", 43}, {4331, "湘西土家族苗族自治州", 43},
    {4401, "广州市", 44}, {4402, "韶关市", 44}, {4403, "深圳市", 44}, {4404, "珠海市", 44}, {4405, "汕头市", 44},
    {4406, "佛山市", 44}, {4407, "江门市", 44}, {4408, "湛江市", 44}, {4409, "茂名市", 44}, {4412, "肇庆市", 44},
    {4413, "惠州市", 44}, {4414, "梅州市", 44}, {4415, "汕尾市", 44}, {4416, "河源市", 44}, {4417, "阳江市", 44},
    {4418, "清远市", 44}, {4419, "东莞市", 44}, {4420, "中山市", 44}, {4451, "潮州市", 44}, {4452, "揭阳市", 44},
    {4453, "云浮市", 44},
    {4501, "南宁市", 45}, {4502, "柳州市", 45}, {4503, "桂林市", 45}, {4504, "梧州市", 45}, {4505, "北海市", 45},
    {4506, "防城港市", 45}, {4507, "钦州市", 45}, {4508, "贵港市", 45}, {4509, "玉林市", 45}, {4510, "百色市", 45},
    {4511, "贺州市", 45}, {4512, "河池市", 45}, {4513, "来宾市", 45}, {4514, "崇左市", 45},
    {4601, "海口市", 46}, {4602, "三亚市", 46}, {4603, "三沙市", 46}, {4604, "儋州市", 46}, {4690, "省直辖县级行政区划", 46},
    {5001, "市辖区", 50}, {5002, "县", 50},
    {5101, "成都市", 51}, {5103, "自贡市", 51}, {5104, "攀枝花市", 51}, {5105, "泸州市", 51}, {5106, "德阳市", 51},
    {5107, "绵阳市", 51}, {5108, "广元市", 51}, {5109, "遂宁市", 51}, {5110, "内江市", 51}, {5111, "乐山市", 51},
    {5113, "南充市", 51}, {5114, "眉山市", 51}, {5115, "宜宾市", 51}, {5116, "广安市", 51}, {5117, "达州市", 51},
    {5118, "雅安市", 51}, {5119, "巴中市", 51}, {5120, "资阳市", 51}, {5132, "阿坝藏族羌族自治州", 51}, {5133, "甘孜藏族自治州", 51},
    {5134, "凉山彝族自治州", 51},
    {5201, "贵阳市", 52}, {5202, "六盘水市", 52}, {5203, "遵义市", 52}, {5204, "安顺市", 52}, {5205, "毕节市", 52},
    {5206, "铜仁市", 52}, {5223, "黔西南布依族苗族自治州", 52}, {5226, "黔东南苗族侗族自治州", 52}, {5227, "黔南布依族苗族自治州", 52},
    {5301, "昆明市", 53}, {5303, "曲靖市", 53}, {5304, "玉溪市", 53}, {5305, "保山市", 53}, {5306, "昭通市", 53},
    {5307, "丽江市", 53}, {5308, "普洱市", 53}, {5309, "临沧市", 53}, {5323, "楚雄彝族自治州", 53}, {5325, "红河哈尼族彝族自治州", 53},
    {5326, "文山壮族苗族自治州", 53}, {5328, "西双版纳傣族自治州", 53}, {5329, "大理白族自治州", 53}, {5331, "德宏傣族景颇族自治州", 53},
    {5333, "怒江傈僳族自治州", 53}, {5334, "迪庆藏族自治州", 53},
    {5401, "拉萨市", 54}, {5402, "日喀则市", 54}, {5403, "昌都市", 54}, {5404, "林芝市", 54}, {5405, "山南市", 54},
    {5406, "那曲市", 54}, {5425, "阿里地区", 54},
    {6101, "西安市", 61}, {6102, "铜川市", 61}, {6103, "宝鸡市", 61}, {6104, "咸阳市", 61}, {6105, "渭南市", 61},
    {6106, "延安市", 61}, {6107, "汉中市", 61}, {6108, "榆林市", 61}, {6109, "安康市", 61}, {6110, "商洛市", 61},
    {6201, "兰州市", 62}, {6202, "嘉峪关市", 62}, {6203, "金昌市", 62}, {6204, "白银市", 62}, {6205, "天水市", 62},
    {6206, "武威市", 62}, {6207, "张掖市", 62}, {6208, "平凉市", 62}, {6209, "酒泉市", 62}, {6210, "庆阳市", 62},
    {6211, "定西市", 62}, {6212, "陇南市", 62}, {6229, "临夏回族自治州", 62}, {6230, "甘南藏族自治州", 62},
    {6301, "西宁市", 63}, {6302, "海东市", 63}, {6322, "海北藏族自治州", 63}, {6323, "黄南藏族自治州", 63},
    {6325, "海南藏族自治州", 63}, {6326, "果洛藏族自治州", 63}, {6327, "玉树藏族自治州", 63}, {6328, "海西蒙古族藏族自治州", 63},
    {6401, "银川市", 64}, {6402, "石嘴山市", 64}, {6403, "吴忠市", 64}, {6404, "固原市", 64}, {6405, "中卫市", 64},
    {6501, "乌鲁木齐市", 65}, {6502, "克拉玛依市", 65}, {6504, "吐鲁番市", 65}, {6505, "哈密市", 65}, {6523, "昌吉回族自治州", 65},
    {6527, "博尔塔拉蒙古自治州", 65}, {6528, "巴音郭楞蒙古自治州", 65}, {6529, "阿克苏地区", 65}, {6530, "克孜勒苏柯尔克孜自治州", 65},
    {6531, "喀什地区", 65}, {6532, "和田地区", 65}, {6540, "伊犁哈萨克自治州", 65}, {6542, "塔城地区", 65}, {6543, "阿勒泰地区", 65},
    {6590, "自治区直辖县级行政区划", 65},
};

}  // namespace detail

/// The whole table in ascending code order (342 rows, placeholders included).
/// Example: `prefectures().front().code` is 1101.
[[nodiscard]] constexpr std::span<const prefecture_info> prefectures() noexcept {
    return std::span<const prefecture_info>(detail::prefecture_table);
}

/// The prefecture row of a 4-digit prefecture code (4403) or a 6-digit county-level code
/// (440305 gives the row 4403). Placeholder rows are returned as they are (1101 is
/// 市辖区 of Beijing). Codes not in the table, including those of Taiwan, Hong Kong and
/// Macao, and numbers of other lengths give empty.
/// Example: `prefecture_from_code(440305)->name` is "深圳市".
[[nodiscard]] constexpr std::optional<prefecture_info> prefecture_from_code(long code) noexcept {
    if (code >= 100000 && code <= 999999) code /= 100;
    if (code < 1000 || code > 9999) return std::nullopt;
    const auto table = prefectures();
    const auto it = std::lower_bound(table.begin(), table.end(), code,
                                     [](const prefecture_info& p, long c) { return p.code < c; });
    if (it == table.end() || it->code != code) return std::nullopt;
    return *it;
}

/// As above, from exactly 4 or 6 ASCII digits (white space around them allowed).
/// Example: `prefecture_from_code(std::string_view{"2113"})->name` is "朝阳市".
[[nodiscard]] constexpr std::optional<prefecture_info> prefecture_from_code(std::string_view code) noexcept {
    const long v = detail::parse_division_code(code);
    if (v < 1000) return std::nullopt;  // also rejects 2-digit province codes
    return prefecture_from_code(v);
}

namespace detail {

/// The name without its 市 or 地区 ending when that leaves at least two characters
/// (深圳市 -> 深圳, 喀什地区 -> 喀什); empty for other names (自治州 and 盟 names have
/// no single accepted short form).
[[nodiscard]] constexpr std::string_view prefecture_short_name(std::string_view name) noexcept {
    // Sizes in bytes: every character involved is three bytes of UTF-8.
    if (name.ends_with("地区") && name.size() >= 12) return name.substr(0, name.size() - 6);
    if (name.ends_with("市") && name.size() >= 9) return name.substr(0, name.size() - 3);
    return {};
}

}  // namespace detail

/// The prefecture a Chinese name denotes: the full name (深圳市, 海南藏族自治州, 喀什地区)
/// or, for cities and 地区, the name without 市 / 地区 (深圳, 喀什). The whole input after
/// trimming white space must be the name. Placeholder rows (市辖区, 县, ...) never match.
/// 吉林 alone is the province; 吉林市 is the city.
/// Returns empty for unknown names, invalid UTF-8 and text with NUL bytes.
/// Example: `find_prefecture("海南藏族自治州")->province_of().code()` is 63 (Qinghai).
[[nodiscard]] constexpr std::optional<prefecture_info> find_prefecture(std::string_view name) noexcept {
    if (!detail::utf8::is_clean_text(name)) return std::nullopt;
    name = detail::utf8::trim(name);
    if (name.empty()) return std::nullopt;
    for (const prefecture_info& p : prefectures()) {
        if (p.is_placeholder()) continue;
        if (p.name == name) return p;
    }
    if (detail::match_province_chinese(name, 0).length == name.size()) return std::nullopt;
    for (const prefecture_info& p : prefectures()) {
        if (p.is_placeholder()) continue;
        const std::string_view short_name = detail::prefecture_short_name(p.name);
        if (!short_name.empty() && short_name == name) return p;
    }
    return std::nullopt;
}

}  // namespace ineq

#endif
