#ifndef INEQ_EXAMPLES_PIPELINE_READ_EXPORT_HPP
#define INEQ_EXAMPLES_PIPELINE_READ_EXPORT_HPP

// Reading a CSV export into patent records, shared by the pipeline, network and spatial
// examples: bad rows are reported on stderr with their line numbers and skipped, and a
// progress bar is drawn on stderr for large files. stream_export hands the records over one
// at a time (one record object reused from row to row), so that memory does not grow with
// the file; read_export collects them.

#include "csv_scan.hpp"
#include "export_format.hpp"
#include "input_check.hpp"

#include <ineq/patent/record.hpp>

#include <fmt/format.h>

#include <iconv.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pipeline {

// ---- Progress bar ---------------------------------------------------------------------------

class progress_bar {
public:
    progress_bar(std::size_t total, bool enabled) : total_(total), enabled_(enabled && total > 0) {}
    void update(std::size_t done) {
        if (!enabled_) return;
        const auto percent = static_cast<int>(done * 100 / total_);
        if (percent == last_) return;
        last_ = percent;
        const int width = 40;
        const int filled = percent * width / 100;
        fmt::print(stderr, "\rreading [{:<{}}] {:3d}%", std::string(static_cast<std::size_t>(filled), '#'), width,
                   percent);
        std::fflush(stderr);
    }
    void finish() {
        if (enabled_ && last_ >= 0) fmt::print(stderr, "\n");
    }
    /// Clears the bar's line so that a message can be printed; the next update redraws it.
    void clear() {
        if (!enabled_ || last_ < 0) return;
        fmt::print(stderr, "\r{:60}\r", "");
        last_ = -1;
    }

private:
    std::size_t total_;
    bool enabled_;
    int last_ = -1;
};

// ---- Reading ---------------------------------------------------------------------------------

/// What reading an export gave besides the records: what was skipped and why.
struct read_summary {
    column_map columns;
    std::size_t data_rows = 0;  // rows after the header, good or bad
    std::map<std::string, std::size_t> skipped;
    std::size_t skipped_total = 0;
    bool synthetic = false;
    bool header_ok = false;  // false: reading stopped after the header row
};

/// What read_export gives: the records and the summary.
struct read_result : read_summary {
    std::vector<ineq::patent_record> records;
};

/// The input is not a readable UTF-8 CSV file (a directory, a workbook, GB18030 text, ...);
/// the message says what it is in one line.
struct input_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// True if glibc's iconv converts from `encoding` to UTF-8.
inline bool encoding_known(const std::string& encoding) {
    iconv_t cd = ::iconv_open("UTF-8", encoding.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    ::iconv_close(cd);
    return true;
}

/// The whole of `file` converted from `encoding` (any name glibc's iconv knows: GB18030,
/// GBK, UTF-16 ...) to UTF-8; an input_error names the first byte that does not convert.
inline std::string read_as_utf8(const std::filesystem::path& file, const std::string& encoding) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw input_error(file.string() + ": cannot be opened for reading");
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    iconv_t cd = ::iconv_open("UTF-8", encoding.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        throw input_error("unknown --encoding " + encoding + " (see iconv --list)");
    }
    std::string out;
    out.resize(bytes.size() * 2 + 16);
    char* src = const_cast<char*>(bytes.data());  // iconv's signature; the input is not written
    std::size_t src_left = bytes.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    while (src_left > 0) {
        if (::iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            const auto used = static_cast<std::size_t>(dst - out.data());
            out.resize(out.size() * 2);
            dst = out.data() + used;
            dst_left = out.size() - used;
            continue;
        }
        const auto at = bytes.size() - src_left;
        ::iconv_close(cd);
        throw input_error(fmt::format("{}: byte {} is not {} text{}", file.string(), at, encoding,
                                      errno == EINVAL ? " (truncated at the end of the file)" : ""));
    }
    ::iconv_close(cd);
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return out;
}

/// A file's bytes mapped read-only into memory (empty for an empty file). Pages behind the
/// reader can be released with release_before, so that resident memory stays bounded
/// however large the file is.
class mapped_file {
public:
    explicit mapped_file(const std::filesystem::path& file) {
        fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) throw input_error(file.string() + ": cannot be opened for reading");
        struct stat st {};
        if (::fstat(fd_, &st) != 0) {
            ::close(fd_);
            throw input_error(file.string() + ": cannot be opened for reading");
        }
        size_ = static_cast<std::size_t>(st.st_size);
        if (size_ == 0) return;
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
        if (p == MAP_FAILED) {
            ::close(fd_);
            throw input_error(file.string() + ": cannot be mapped into memory");
        }
        data_ = static_cast<const char*>(p);
        ::madvise(p, size_, MADV_SEQUENTIAL);
    }
    mapped_file(const mapped_file&) = delete;
    mapped_file& operator=(const mapped_file&) = delete;
    ~mapped_file() {
        if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
        if (fd_ >= 0) ::close(fd_);
    }
    [[nodiscard]] std::string_view text() const noexcept { return {data_, size_}; }
    /// Releases the pages wholly before byte `offset` from this process's memory (they are
    /// read again from the file if touched).
    void release_before(std::size_t offset) noexcept {
        if (data_ == nullptr) return;
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t end = offset / page * page;
        if (end <= released_ + (8u << 20)) return;  // in steps of 8 MB
        ::madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
        released_ = end;
    }

private:
    int fd_ = -1;
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t released_ = 0;
};

namespace detail {

/// Rows scanned from the export, then turned into records by a worker thread, then handed
/// over in file order by the reading thread. A field is kept as a view into the input text
/// (which stays in memory until the batch is consumed: see `oldest_input`), except the
/// fields the scanner had to unescape, which are copied into `text`.
struct row_batch {
    static constexpr std::size_t copied = std::size_t{1} << (8 * sizeof(std::size_t) - 1);  // offset flag
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    struct item {
        row_position where;
        std::size_t first_field = 0;  // into offsets (begin, length pairs)
        std::size_t fields = 0;
        bool scan_error = false;      // the scanner rejected the row; message in messages
        std::size_t message = 0;
    };
    std::vector<item> items;
    const char* input = nullptr;                   // the input text the offsets refer to
    std::size_t first_input = none;                // smallest offset into the input, or none
    std::string text;                              // the copied fields' bytes
    std::vector<std::pair<std::size_t, std::size_t>> offsets;  // into input, or `copied` | into text
    std::vector<std::string> messages;
    // Filled by the worker:
    std::vector<ineq::patent_record> records;      // reused from round to round
    std::vector<std::optional<row_error>> errors;
    std::vector<unsigned char> synthetic;
    std::vector<std::string_view> views;
    record_buffers buffers;
    std::exception_ptr failure;
    std::size_t sequence = 0;
    int state = 0;  // 0 free, 1 scanned, 2 resolved

    void clear() {
        items.clear();
        first_input = none;
        text.clear();
        offsets.clear();
        messages.clear();
        failure = nullptr;
    }
    void resolve(const column_map& columns, const ineq::gazetteer* known) {
        try {
            if (records.size() < items.size()) records.resize(items.size());
            errors.assign(items.size(), std::nullopt);
            synthetic.assign(items.size(), 0);
            for (std::size_t i = 0; i < items.size(); ++i) {
                const item& it = items[i];
                if (it.scan_error) continue;
                views.clear();
                for (std::size_t f = 0; f < it.fields; ++f) {
                    const auto [at, len] = offsets[it.first_field + f];
                    views.emplace_back((at & copied) != 0 ? text.data() + (at & ~copied) : input + at, len);
                }
                row_info info;
                errors[i] = make_record_into(views, columns, records[i], buffers, &info, known);
                synthetic[i] = info.synthetic ? 1 : 0;
            }
        } catch (...) {
            failure = std::current_exception();
        }
    }
};

/// A fixed ring of batches and the worker threads that resolve them.
class batch_pool {
public:
    batch_pool(unsigned workers, const column_map& columns, const ineq::gazetteer* known)
        : columns_(columns), known_(known), ring_(2 * static_cast<std::size_t>(workers) + 2) {
        for (unsigned t = 0; t < workers; ++t) threads_.emplace_back([this] { work(); });
    }
    batch_pool(const batch_pool&) = delete;
    batch_pool& operator=(const batch_pool&) = delete;
    ~batch_pool() {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        wake_workers_.notify_all();
        for (auto& t : threads_) t.join();
    }
    /// The batch to fill next: waits (consuming the oldest batches through `consume`) until
    /// its slot is free.
    template <class Consume>
    row_batch& next(Consume& consume) {
        row_batch& b = ring_[produced_ % ring_.size()];
        if (produced_ >= ring_.size()) {
            // The slot holds batch produced_ - ring size, which must be consumed first.
            while (consumed_ + ring_.size() <= produced_) consume_oldest(consume);
        }
        b.clear();
        b.sequence = produced_;
        return b;
    }
    /// Hands the batch returned by next() to the workers.
    void submit(row_batch& b) {
        {
            std::lock_guard lock(mutex_);
            b.state = 1;
            queue_.push_back(&b);
        }
        ++produced_;
        wake_workers_.notify_one();
    }
    /// The smallest input offset any batch not yet consumed refers to (the one being
    /// filled included), or row_batch::none: the input before it may be released.
    [[nodiscard]] std::size_t oldest_input(const row_batch* filling) const noexcept {
        for (std::size_t s = consumed_; s < produced_; ++s) {
            const row_batch& b = ring_[s % ring_.size()];
            if (b.first_input != row_batch::none) return b.first_input;  // offsets grow with s
        }
        return filling != nullptr ? filling->first_input : row_batch::none;
    }
    /// Consumes every batch still outstanding, in order.
    template <class Consume>
    void drain(Consume& consume) {
        while (consumed_ < produced_) consume_oldest(consume);
    }

private:
    template <class Consume>
    void consume_oldest(Consume& consume) {
        row_batch& b = ring_[consumed_ % ring_.size()];
        {
            std::unique_lock lock(mutex_);
            resolved_.wait(lock, [&] { return b.state == 2; });
        }
        if (b.failure) std::rethrow_exception(b.failure);
        consume(b);
        {
            std::lock_guard lock(mutex_);
            b.state = 0;
        }
        ++consumed_;
    }
    void work() {
        for (;;) {
            row_batch* b = nullptr;
            {
                std::unique_lock lock(mutex_);
                wake_workers_.wait(lock, [&] { return done_ || !queue_.empty(); });
                if (queue_.empty()) return;
                b = queue_.front();
                queue_.pop_front();
            }
            b->resolve(columns_, known_);
            {
                std::lock_guard lock(mutex_);
                b->state = 2;
            }
            resolved_.notify_all();
        }
    }

    const column_map& columns_;
    const ineq::gazetteer* known_;
    std::vector<row_batch> ring_;
    std::deque<row_batch*> queue_;
    std::mutex mutex_;
    std::condition_variable wake_workers_;
    std::condition_variable resolved_;
    std::vector<std::thread> threads_;
    std::size_t produced_ = 0;  // touched by the reading thread only
    std::size_t consumed_ = 0;
    bool done_ = false;
};

}  // namespace detail

/// Reads an export row by row and calls `on_record(ineq::patent_record& record, row_position
/// where)` for every good data row, in file order; `record` is one object reused for every
/// row (move from it or copy what is kept). Bad rows are counted in the summary and, with
/// `verbose`, reported on stderr with their lines. `encoding` empty: the file must be UTF-8
/// (checked by input_problem first) and is mapped into memory; otherwise it is converted
/// from that encoding with iconv first.
/// `threads` > 1: the rows are turned into records (the costly part: names and addresses
/// resolved) by that many worker threads, in batches of rows, while this thread scans the
/// file and hands the records over; the calls to `on_record` and the messages are the same,
/// in the same order, as with one thread.
template <class OnRecord>
read_summary stream_export(const std::filesystem::path& file, bool verbose, bool show_progress,
                           const ineq::gazetteer* known, const std::string& encoding, unsigned threads,
                           OnRecord&& on_record) {
    read_summary out;
    // A file in another encoding fails the UTF-8 checks by design: it is checked as text
    // once converted.
    if (auto problem = encoding.empty() ? input_problem(file) : path_problem(file)) throw input_error(*problem);
    std::optional<mapped_file> mapped;
    std::string converted;
    std::string_view text;
    if (encoding.empty()) {
        mapped.emplace(file);
        text = mapped->text();
    } else {
        converted = read_as_utf8(file, encoding);
        if (auto problem = text_problem(converted, true, file.string() + " (converted from " + encoding + ")")) {
            throw input_error(*problem);
        }
        text = converted;
    }
    progress_bar bar(text.size(), show_progress);
    bool header_seen = false;
    const std::string name = file.filename().string();

    const auto skip = [&](row_position where, std::string_view reason, std::string_view detail) {
        ++out.skipped_total;
        ++out.skipped[std::string(reason)];
        if (!verbose) return;
        bar.clear();
        const std::string lines = where.first_line == where.last_line
                                      ? fmt::format("line {}", where.first_line)
                                      : fmt::format("lines {}-{}", where.first_line, where.last_line);
        if (detail.empty()) {
            fmt::print(stderr, "{}:{}: skipped: {}\n", name, lines, reason);
        } else {
            fmt::print(stderr, "{}:{}: skipped: {} ({})\n", name, lines, reason, detail);
        }
    };

    csv_scanner scanner;
    ineq::patent_record record;
    record_buffers buffers;
    // With threads: rows go into batches resolved by the pool; consumed in file order.
    constexpr std::size_t batch_rows = 2048;
    std::optional<detail::batch_pool> pool;
    detail::row_batch* filling = nullptr;
    const auto consume = [&](detail::row_batch& b) {
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            const auto& it = b.items[i];
            ++out.data_rows;
            if (it.scan_error) {
                skip(it.where, to_string(row_problem::malformed_csv), b.messages[it.message]);
                continue;
            }
            if (const auto& err = b.errors[i]) {
                skip(it.where, to_string(err->problem), err->detail);
                continue;
            }
            out.synthetic = out.synthetic || b.synthetic[i] != 0;
            on_record(b.records[i], it.where);
        }
    };
    const auto batch = [&]() -> detail::row_batch& {
        if (filling == nullptr) filling = &pool->next(consume);
        return *filling;
    };
    const auto batch_done = [&] {
        if (filling != nullptr && filling->items.size() >= batch_rows) {
            pool->submit(*filling);
            filling = nullptr;
        }
    };
    scanner.scan(
        text,
        [&](std::span<const std::string_view> fields, row_position where) {
            if (!header_seen) {
                header_seen = true;
                out.columns = map_columns_of(fields);
                out.header_ok = out.columns.usable();
                if (!out.header_ok) scanner.stop();  // the header says no: do not report every row
                if (out.header_ok && threads > 1) pool.emplace(threads, out.columns, known);
                return;
            }
            if (!out.header_ok) {
                ++out.data_rows;
                return;
            }
            if (pool) {
                detail::row_batch& b = batch();
                b.input = text.data();
                b.items.push_back({where, b.offsets.size(), fields.size(), false, 0});
                for (const auto f : fields) {
                    // A view into the input stays one (no copy); an unescaped field lives in
                    // the scanner's scratch until this call returns, so it is copied.
                    const auto at = reinterpret_cast<std::uintptr_t>(f.data());
                    const auto begin = reinterpret_cast<std::uintptr_t>(text.data());
                    if (at >= begin && at - begin <= text.size() && f.size() <= text.size() - (at - begin)) {
                        const std::size_t offset = at - begin;
                        if (b.first_input == detail::row_batch::none) b.first_input = offset;
                        b.offsets.emplace_back(offset, f.size());
                    } else {
                        b.offsets.emplace_back(detail::row_batch::copied | b.text.size(), f.size());
                        b.text.append(f);
                    }
                }
                batch_done();
                return;
            }
            ++out.data_rows;
            row_info info;
            if (auto err = make_record_into(fields, out.columns, record, buffers, &info, known)) {
                skip(where, to_string(err->problem), err->detail);
                return;
            }
            out.synthetic = out.synthetic || info.synthetic;
            on_record(record, where);
        },
        [&](row_position where, std::string_view message) {
            if (!header_seen) {
                throw input_error(fmt::format("{}: the header row is not valid CSV ({})", name, message));
            }
            if (pool) {
                detail::row_batch& b = batch();
                b.items.push_back({where, 0, 0, true, b.messages.size()});
                b.messages.emplace_back(message);
                batch_done();
                return;
            }
            ++out.data_rows;
            skip(where, to_string(row_problem::malformed_csv), message);
        },
        [&](std::size_t bytes, std::size_t keep_from) {
            bar.update(bytes);
            if (mapped) {
                // Rows waiting in batches still point into the mapped text.
                const std::size_t pending = pool ? pool->oldest_input(filling) : detail::row_batch::none;
                mapped->release_before(std::min(keep_from, pending));
            }
        });
    if (pool) {
        if (filling != nullptr) {
            pool->submit(*filling);
            filling = nullptr;
        }
        pool->drain(consume);
    }
    bar.finish();
    if (!header_seen) throw input_error(name + ": the file is empty");
    return out;
}

/// Reads an export into records (stream_export, keeping every record).
inline read_result read_export(const std::filesystem::path& file, bool verbose, bool show_progress,
                               const ineq::gazetteer* known = nullptr, const std::string& encoding = {}) {
    read_result out;
    static_cast<read_summary&>(out) = stream_export(file, verbose, show_progress, known, encoding, 1,
                                                    [&](ineq::patent_record& r, row_position) {
                                                        out.records.push_back(r);
                                                    });
    return out;
}

}  // namespace pipeline

#endif
