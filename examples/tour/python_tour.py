"""The tour in Python: the same five modules through the bound package `ineq`.

What you learn here:
  - measures take numpy arrays, lists or pandas Series; bad input raises ineq.DomainError
    (a ValueError) with the C++ library's message;
  - regions and applicants: find_province, resolve_address and resolve_applicant return
    codes and dicts;
  - records from columns (one entry per document, applicants joined by ';'), deduplication,
    the study's two panels as numpy-backed CountPanels, and a year's inequality;
  - a co-application network as an ineq.Graph with betweenness and Burt's constraint;
  - province contiguity weights, Moran's I with its test, and LISA.

Run (after building the module, see docs/python.md):
    cmake --preset python -B build/python && cmake --build build/python --target _ineq
    PYTHONPATH=build/python/python /usr/bin/python3 examples/tour/python_tour.py
"""
import itertools

import numpy as np

import ineq

# ---- measures -------------------------------------------------------------------------------
patents = np.array([7, 46, 33, 91, 86, 27, 1364, 598], dtype=float)
print(f"Gini {ineq.gini(patents):.4f} (at most {ineq.max_gini(len(patents)):.4f}), "
      f"CV {ineq.cv(patents):.4f}, Theil T {ineq.theil_t(patents):.4f}")
population, value = ineq.lorenz_curve(patents)
print("Lorenz:", " ".join(f"({p:.3f}, {v:.3f})" for p, v in zip(population, value)))
try:
    ineq.gini([1.0, 2.0, -0.5, 4.0])
except ineq.DomainError as e:
    print("gini of [1, 2, -0.5, 4] raises:", e)

# ---- regions and applicants -----------------------------------------------------------------
print("\nfind_province:", {name: ineq.find_province(name) for name in ["广东", "Shanxi", "Shaanxi", "Mongolia"]})
print("resolve_address('青海省海南藏族自治州共和县'):", ineq.resolve_address("青海省海南藏族自治州共和县"))
for name, address in [("哈尔滨工业大学(深圳)", ""), ("北京某科技有限公司", "上海市浦东新区张江路"), ("三星电子株式会社", "")]:
    print(f"resolve_applicant({name!r}, {address!r}):", ineq.resolve_applicant(name, address))

# ---- records, panels, Table 1's columns (the records of tour/panels.cpp) ---------------------
# One entry per document; applicants joined by ';', their addresses aligned with them.
documents = [  # application number, publication number, year, applicants, addresses
    ("CN201910000001.1", "CN110000001A", 2019, "清华大学; 北京百度网讯科技有限公司", "; 北京市海淀区"),
    ("CN201910000001.1", "CN110000001B", 2019, "清华大学; 北京百度网讯科技有限公司", "; 北京市海淀区"),
    ("CN202010000002.2", "CN111000002A", 2020, "浙江大学; 杭州海康威视数字技术股份有限公司", "; 浙江省杭州市"),
    ("CN202010000003.3", "CN111000003A", 2020, "上海交通大学; 中国科学院上海微系统与信息技术研究所", "; 上海市长宁区"),
    ("CN202010000004.4", "CN111000004A", 2020, "华为技术有限公司; 张伟", "广东省深圳市; "),
    ("CN202110000005.5", "CN112000005A", 2021, "清华大学; 三星电子株式会社", "; "),
    ("CN202120000006.6", "CN213000006U", 2021, "浙江大学; 浙江大华技术股份有限公司", "; 浙江省杭州市"),
    ("CN202110000007.7", "CN112000007A", 2021, "华为技术有限公司", "广东省深圳市"),
    ("CN202110000008.8", "CN112000008A", 2021, "清华大学; 北京大学", "; "),
    ("CN202110000009.9", "CN112000009A", 2021, "哈尔滨工业大学(深圳); 腾讯科技(深圳)有限公司", "; "),
    ("CN202210000010.0", "CN113000010A", 2022, "浙江大学; 杭州海康威视数字技术股份有限公司", "; 浙江省杭州市"),
]
application, publication, year, applicants, addresses = (list(column) for column in zip(*documents))
# The patent type as an export's type column gives it. Without patent_types, records_from_columns
# takes every document as an invention.
types = ["实用新型" if number.endswith("U") else "发明申请" for number in publication]
records = ineq.records_from_columns(applicants, addresses=addresses, years=year, patent_types=types,
                                    application_numbers=application, publication_numbers=publication)
unique = ineq.deduplicate(records)
print(f"\n{len(records)} documents, {len(unique)} applications after deduplication")
all_patents, cooperative = ineq.cooperation_panels(unique)  # the study's rules, 2012..2021
for name, panel in [("all invention patents", all_patents), ("cooperative patents", cooperative)]:
    totals = ineq.panel_frame(panel).sum(axis=1)
    print(f"{name} by province:", totals[totals > 0].to_dict())
print(f"Gini of 2020's cooperative patents across 31 provinces: {ineq.gini(cooperative.year(2020)):.4f}")

# ---- a co-application network (the records of tour/networks.cpp) -----------------------------
# Each unordered pair of a document's applicants is one co-application; adding an edge twice
# adds its weights.
co_applications = [["清华大学", "北京百度网讯科技有限公司"], ["清华大学", "腾讯科技(深圳)有限公司"],
                   ["清华大学", "腾讯科技(深圳)有限公司"], ["浙江大学", "腾讯科技(深圳)有限公司"],
                   ["浙江大学", "杭州海康威视数字技术股份有限公司"], ["上海交通大学", "清华大学", "浙江大学"],
                   ["哈尔滨工业大学(深圳)", "腾讯科技(深圳)有限公司"]]
pairs = [pair for names in co_applications for pair in itertools.combinations(names, 2)]
g = ineq.Graph.from_edges([a for a, _ in pairs], [b for _, b in pairs])
bc = ineq.betweenness(g, normalized=True)
c = ineq.constraint(g)  # weights as tie strengths
print(f"\nnetwork: {g.node_count} nodes, {g.edge_count} edges, density {ineq.density(g):.4f}")
print("  betweenness constraint  institution")
for label, b, k in zip(g.labels, bc, c):
    print(f"  {b:11.3f} {k:10.3f}  {label}")

# ---- spatial: Moran's I and LISA -------------------------------------------------------------
W = ineq.province_contiguity(style="W", islands="keep")  # Hainan kept as an island
# Longitude of each province's label point, in provinces() order (the table
# ineq::spatial::province_label_points of <ineq/spatial/provinces.hpp>): an east-west gradient.
longitude = np.array([116.405285, 117.190182, 114.502461, 111.849248, 111.670801, 123.429096, 125.3245,
                      128.642464, 121.472644, 119.767413, 120.153576, 117.283042, 118.306239, 115.592151,
                      118.000923, 113.665412, 113.298572, 111.782279, 113.280637, 108.320004, 109.83119,
                      107.304962, 104.065735, 106.713478, 101.512251, 89.132212, 108.948024, 103.823557,
                      96.778916, 106.278179, 85.617733])
t = ineq.moran_test(longitude, W)
print(f"\nMoran's I of longitude {t['statistic']:.4f}, z {t['z']:.2f}, p {t.p_value:.2g}")
lisa = ineq.local_moran_permutation(longitude, W)  # 999 permutations, fixed seed
names = [p["english"] for p in ineq.provinces()]
hot = [n for n, p, z in zip(names, lisa["p_value"], longitude - longitude.mean()) if p <= 0.05 and z > 0]
cold = [n for n, p, z in zip(names, lisa["p_value"], longitude - longitude.mean()) if p <= 0.05 and z < 0]
print("significant LISA (p <= 0.05), east of the mean:", hot)
print("significant LISA (p <= 0.05), west of the mean:", cold)
