#!/usr/bin/env python3
"""The pipeline and network examples on crafted bad and sparse inputs.

Run by CTest (examples.bad_inputs) as

    bad_inputs_test.py PIPELINE NETWORK WORKDIR

It writes each input into WORKDIR at test time (no binary files in the repository), runs
the programs and checks, case by case, the exit code documented in docs/examples.md, the
message on stderr, and which files are left in the output directory: only the files the
run lists, none of them empty. Expected values are written by hand from the documented
rules; display widths come from Python's unicodedata (another implementation than the
example's own).
"""

import os
import shutil
import subprocess
import sys
import unicodedata

PIPELINE, NETWORK, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []

INCOPAT_HEADER = "序号,公开（公告）号,申请号,标题,申请日,专利类型,申请人,申请人类型,申请人国别代码,申请人地址,申请人省市代码"


def row(n, date, names, types, codes, kind="发明申请", number=None):
    number = number or f"CN1100{n:05d}A"
    return f"{n},{number},CN2020100{n:05d}.1,标题{n},{date},{kind},{names},{types},{'; '.join(['CN'] * len(types.split(';')))},,{codes}"


# A sparse export: six cooperative inventions, all filed in 2020, in four provinces (one in
# Xinjiang, whose Chinese name is the widest), and one individual's patent.
SPARSE = [INCOPAT_HEADER,
          row(1, "2020-03-01", "清华大学; 北京百度网讯科技有限公司", "大专院校; 企业", "11; 11"),
          row(2, "2020-04-01", "浙江大学; 杭州海康威视数字技术股份有限公司", "大专院校; 企业", "33; 33"),
          row(3, "2020-05-01", "新疆大学; 新疆金风科技股份有限公司", "大专院校; 企业", "65; 65"),
          row(4, "2020-06-01", "武汉大学; 中国科学院武汉岩土力学研究所", "大专院校; 科研单位", "42; 42"),
          row(5, "2020-07-01", "北京大学; 国家电网有限公司", "大专院校; 企业", "11; 11"),
          row(6, "2020-08-01", "张三", "个人", "11"),
          # a name wider than the rankings' default column (46 display columns)
          row(7, "2020-09-01", "北京交通大学; 中国铁道科学研究院集团有限公司基础设施检测研究所", "大专院校; 科研单位", "11; 11")]


def write(name, data):
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def run(program, *args):
    p = subprocess.run([program, *args], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(case, condition, detail=""):
    if not condition:
        failures.append(f"{case}: {detail}")
        print(f"FAIL {case}: {detail}")
    else:
        print(f"ok   {case}")


def files_in(directory):
    if not os.path.isdir(directory):
        return []
    return sorted(os.listdir(directory))


def expect_failure(case, program, args, code, message, out_dir=None, max_stderr_lines=None):
    rc, out, err = run(program, *args)
    check(case + ": exit code", rc == code, f"exit {rc}, expected {code}; stderr: {err[:300]}")
    check(case + ": message", message in err, f"{message!r} not in stderr {err[:400]!r}")
    if max_stderr_lines is not None:
        n = len(err.splitlines())
        check(case + ": one message, not one per row", n <= max_stderr_lines, f"{n} stderr lines")
    if out_dir is not None:
        check(case + ": no file written", files_in(out_dir) == [], f"{files_in(out_dir)}")
    return out, err


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
out = os.path.join(WORK, "out")

# ---- Paths that are not files: exit 1, not CLI11's 105 -----------------------------------
expect_failure("missing path", PIPELINE, [os.path.join(WORK, "nope.csv"), "--out", out], 1, "no such file", out)
expect_failure("directory", PIPELINE, [WORK, "--out", out], 1, "a directory, not a CSV file", out)
expect_failure("network: missing path", NETWORK, [os.path.join(WORK, "nope.csv"), "--out", out], 1, "no such file", out)
expect_failure("empty file", PIPELINE, [write("empty.csv", b""), "--out", out], 1, "the file is empty", out)

# ---- Not CSV text: one line each -----------------------------------------------------------
binary = bytes(range(256)) * 64
expect_failure("binary", PIPELINE, [write("binary.csv", b"a,b,c\n" + binary), "--out", out], 1,
               "a binary file", out, max_stderr_lines=1)
expect_failure("xlsx", PIPELINE, [write("book.xlsx", b"PK\x03\x04" + binary), "--out", out], 1,
               "an Excel .xlsx workbook", out, max_stderr_lines=1)
expect_failure("UTF-16", PIPELINE, [write("utf16.csv", "\n".join(SPARSE).encode("utf-16")), "--out", out], 1,
               "iconv -f UTF-16 -t UTF-8", out, max_stderr_lines=1)
gb = write("gb18030.csv", "\n".join(SPARSE).encode("gb18030"))
expect_failure("GB18030", PIPELINE, [gb, "--out", out], 1, "not UTF-8: the text looks like GB18030/GBK", out,
               max_stderr_lines=1)
expect_failure("GB18030 (hint)", PIPELINE, [gb, "--out", out], 1, "convert with iconv -f GB18030 -t UTF-8", out)
expect_failure("network: GB18030", NETWORK, [gb, "--out", out], 1, "iconv -f GB18030 -t UTF-8", out)
# --encoding converts: the GB18030 and UTF-16 files give the UTF-8 file's tables.
utf8_out = run(PIPELINE, write("sparse_utf8.csv", "\n".join(SPARSE) + "\n"), "--quiet", "--out", os.path.join(WORK, "o8"))
for enc, path in (("GB18030", gb), ("UTF-16", os.path.join(WORK, "utf16.csv"))):
    rc, stdout, err = run(PIPELINE, path, "--encoding", enc, "--quiet", "--out", os.path.join(WORK, "o" + enc))
    check(f"--encoding {enc}: exit 0", rc == 0, f"exit {rc}: {err}")
    def tables(text):  # Table 1 up to the figures, without the lines that name the output directory
        body = text.split("Table 1.")[-1].split("Figures")[0]
        return [line for line in body.splitlines() if "GraphML:" not in line]
    same = tables(stdout) == tables(utf8_out[1])
    check(f"--encoding {enc}: the same tables as the UTF-8 file", same and "新疆维吾尔自治区" in stdout, stdout[:600])
expect_failure("--encoding unknown", PIPELINE, [gb, "--encoding", "NO-SUCH-CODE", "--out", out], 2,
               "unknown --encoding NO-SUCH-CODE", out)
rc, _, err = run(NETWORK, gb, "--encoding", "GB18030", "--quiet", "--out", os.path.join(WORK, "ngb"))
check("network: --encoding GB18030 exit 0", rc == 0, f"exit {rc}: {err}")
expect_failure("--encoding GB18030 on a binary file", PIPELINE,
               [os.path.join(WORK, "binary.csv"), "--encoding", "GB18030", "--out", out], 1, "is not GB18030 text", out)

# English header, GB18030 body: the data lines give it away.
gb_body = "Publication Number,Filing Date,Applicants,Applicant Type\n" + "\n".join(
    f"CN11000{i}A,2020-01-0{i},清华大学; 北京百度网讯科技有限公司,大专院校; 企业" for i in range(1, 5))
expect_failure("GB18030 body", PIPELINE, [write("gb_body.csv", gb_body.encode("gb18030")), "--out", out], 1,
               "GB18030", out, max_stderr_lines=1)
# Junk whose first line parses as CSV: the header is judged before the body is read.
junk = "\n".join(["id,name,value"] + [f'{i},"broken"quote,{i}' for i in range(5000)])
expect_failure("header validated first", PIPELINE, [write("junk.csv", junk), "--out", out], 1,
               "lacks the columns every analysis needs: filing date (申请日); applicants", out, max_stderr_lines=1)

# ---- Command-line errors: exit 2 -------------------------------------------------------------
sparse = write("sparse.csv", "\n".join(SPARSE) + "\n")
expect_failure("unknown option", PIPELINE, [sparse, "--colour", "red"], 2, "colour")
expect_failure("bad --counting", PIPELINE, [sparse, "--counting", "half"], 2, "half")
expect_failure("--to before --from", PIPELINE, [sparse, "--from", "2020", "--to", "2019", "--out", out], 2,
               "--to 2019 precedes --from 2020", out)
rc, _, _ = run(PIPELINE, "--help")
check("--help exits 0", rc == 0, f"exit {rc}")

# ---- Empty selection: exit 5, the reasons counted, no figure, no directory -------------------
_, err = expect_failure("empty selection", PIPELINE, [sparse, "--from", "2012", "--to", "2015", "--out", out], 5,
                        "no cooperative patents in 2012-2015 after the selection rules: 7 rejected for filing date", out)
check("empty selection: no output directory", not os.path.exists(out), "the output directory was created")

# No publication number and no type column: said up front, then nothing is selected.
no_type = ["申请日,申请人,申请人类型,申请人省市代码"] + [
    "2020-03-01,清华大学; 北京百度网讯科技有限公司,大专院校; 企业,11; 11",
    "2020-04-01,浙江大学; 杭州海康威视数字技术股份有限公司,大专院校; 企业,33; 33"]
_, err = expect_failure("no type column", PIPELINE, [write("no_type.csv", "\n".join(no_type) + "\n"), "--out", out], 5,
                        "has neither a patent type (专利类型) nor a publication number", out)
check("no type column: consequence named", "reject every document" in err and "2 rejected for patent type" in err,
      err[:400])

# ---- The sparse export: one year of data in a ten-year window --------------------------------
rc, stdout, err = run(PIPELINE, sparse, "--out", out, "--lorenz-year", "2020", "--lorenz-year", "2013")
check("sparse: exit 0", rc == 0, f"exit {rc}: {err}")
check("sparse: vendor named from its header", "(incoPat-style: 序号, 申请人, 申请人类型" in stdout, stdout[:300])
listed = [line.strip() for line in stdout.splitlines() if line.startswith("  ") and line.strip().endswith(".svg")]
svgs = sorted(f for f in files_in(out) if f.endswith(".svg"))
expected_svgs = 6 if shutil.which("gnuplot") else 0  # without gnuplot only data and scripts
check("sparse: lists exactly the SVG files written", sorted(listed) == svgs and len(svgs) == expected_svgs,
      f"{listed} vs {svgs}")
check("sparse: no empty file", all(os.path.getsize(os.path.join(out, f)) > 0 for f in files_in(out)),
      f"{[(f, os.path.getsize(os.path.join(out, f))) for f in files_in(out)]}")
check("sparse: no Lorenz curve for a year without patents", "no Lorenz curve for 2013" in err, err)
for figure in ("figure1_totals", "figure3_range_sd", "figure4_gini_cv"):
    with open(os.path.join(out, figure + ".gp"), encoding="utf-8") as f:
        script = f.read()
    check(f"sparse: {figure} spans the window", "set xrange [2011.5:2021.5]" in script, script[:500])
for figure in ("figure4_gini_cv", "lorenz_2020", "figure_provinces_degree"):
    with open(os.path.join(out, figure + ".gp"), encoding="utf-8") as f:
        script = f.read()
    check(f"sparse: {figure} key outside the plot", "set key outside below" in script, script[:500])
with open(os.path.join(out, "figure_provinces_degree.gp"), encoding="utf-8") as f:
    script = f.read()
check("bars: every province labelled", script.count('"', script.index("set xtics (")) >= 62 and '"Xinjiang" ' in script,
      script[:800])

# Table 1 columns line up by display width (East Asian wide characters count 2).
def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


table = [line for line in stdout.splitlines() if line[:4].strip().isdigit() and "%" in line]
ends = {width(line[: line.index("%")]) for line in table}
check("Table 1 aligned by display width", len(table) >= 4 and len(ends) == 1,
      "\n".join(f"{width(line[:line.index('%')])}: {line}" for line in table[:6]))
check("Table 1 has the Xinjiang row", any("新疆维吾尔自治区" in line for line in table), "")

# The network example reads the same export.
rc, stdout, err = run(NETWORK, sparse, "--out", os.path.join(WORK, "net"), "--quiet", "--top", "20")
check("network: sparse exit 0", rc == 0, f"exit {rc}: {err}")
# The institution rankings: the value column starts at one display column in every row.
section = stdout[stdout.index("Institution network"):]
rows = [line for line in section.splitlines() if line.startswith("    ") and not line.startswith("     ")]
starts = {width(line[: line.rstrip().rindex(" ") + 1]) for line in rows if "constraint" not in line}
check("network: rankings aligned by display width", len(rows) >= 8 and len(starts) == 1,
      "\n".join(rows[:8]))

if failures:
    print(f"\n{len(failures)} check(s) failed")
    sys.exit(1)
print("\nall checks passed")
