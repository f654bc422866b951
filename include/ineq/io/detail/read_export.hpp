#ifndef INEQ_IO_DETAIL_READ_EXPORT_HPP
#define INEQ_IO_DETAIL_READ_EXPORT_HPP

// Reading an export file into records (ineq/io/read_export.hpp): the file mapped into
// memory (or converted from another encoding), scanned by the strict CSV scanner, rows
// turned into records by worker threads in batches, records handed over in file order.

#include <ineq/io/detail/csv_file.hpp>
#include <ineq/io/detail/csv_scan.hpp>
#include <ineq/io/detail/export_format.hpp>
#include <ineq/io/detail/input_check.hpp>
#include <ineq/io/detail/text.hpp>
#include <ineq/io/error.hpp>
#include <ineq/patent/record.hpp>
#include <ineq/patent/resolve.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace ineq::io {

/// A data row read_export skipped: where, why, and a detail safe to print (the offending
/// value, or the scanner's message). The detail view is valid during the callback only.
struct skipped_row {
    row_position where;
    row_problem problem = row_problem::field_count;
    std::string_view detail;
};

/// How read_export reads.
struct read_options {
    /// Applicants the caller knows; outranks the export's columns (see applicant_from_fields).
    const ineq::gazetteer* gazetteer = nullptr;
    /// Empty: the file is UTF-8 (checked by input_problem) and is mapped into memory.
    /// Otherwise any encoding iconv knows (GB18030, UTF-16, ...); the file is converted first.
    std::string encoding;
    /// Threads that turn rows into records (resolving names and addresses is the costly
    /// part); 0 or 1: the calling thread. The records and reports are the same, in the
    /// same order, for every count.
    unsigned threads = 1;
    /// Header names of a layout the library does not know; they outrank the built-in names.
    std::vector<column_alias> columns;
    /// Called for every skipped row, in file order (on the calling thread).
    std::function<void(const skipped_row&)> on_skip;
    /// Called now and then with the bytes read and the total (for a progress bar).
    std::function<void(std::size_t done, std::size_t total)> on_progress;
};

/// What reading an export gave besides the records: the header's columns and what was
/// skipped and why.
struct read_summary {
    column_map columns;
    std::size_t data_rows = 0;  ///< rows after the header, good or bad
    std::map<row_problem, std::size_t> skipped;  ///< skipped rows by reason
    std::size_t skipped_total = 0;
    bool synthetic = false;  ///< some row's source column says "synthetic"
    bool header_ok = false;  ///< false: the header lacks filing date or applicants; nothing after it was read
};

/// read_export's result: the summary and the records in file order.
struct read_result : read_summary {
    std::vector<ineq::patent_record> records;
};

/// A file's bytes mapped read-only into memory (empty for an empty file). Pages behind the
/// reader can be released with release_before, so that resident memory stays bounded
/// however large the file is.
namespace detail {

class mapped_file {
public:
    explicit mapped_file(const std::filesystem::path& file) {
        fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) fail_io("read_export", file.string() + ": cannot be opened for reading");
        struct stat st {};
        if (::fstat(fd_, &st) != 0) {
            ::close(fd_);
            fail_io("read_export", file.string() + ": cannot be opened for reading");
        }
        size_ = static_cast<std::size_t>(st.st_size);
        if (size_ == 0) return;
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
        if (p == MAP_FAILED) {
            ::close(fd_);
            fail_io("read_export", file.string() + ": cannot be mapped into memory");
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
                errors[i] = detail::make_record_into(views, columns, records[i], buffers, &info, known);
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

template <class OnRecord>
read_summary stream_export(const std::filesystem::path& file, const read_options& options, OnRecord& on_record) {
    constexpr const char* function = "read_export";
    read_summary out;
    const std::string& encoding = options.encoding;
    // A file in another encoding fails the UTF-8 checks by design: it is checked as text
    // once converted.
    if (auto problem = encoding.empty() ? detail::input_problem(file) : detail::path_problem(file)) fail_io(function, *problem);
    std::optional<mapped_file> mapped;
    std::string converted;
    std::string_view text;
    if (encoding.empty()) {
        mapped.emplace(file);
        text = mapped->text();
    } else {
        if (!detail::encoding_known(encoding)) fail_io(function, "unknown encoding " + encoding + " (see iconv --list)");
        const std::string bytes = file_bytes(file, function);
        try {
            converted = detail::to_utf8(bytes, encoding);
        } catch (const io_error& e) {
            constexpr std::string_view prefix = "ineq::io::to_utf8: ";
            std::string_view what = e.what();
            if (what.starts_with(prefix)) what.remove_prefix(prefix.size());
            fail_io(function, file.string() + ": " + std::string(what));
        }
        if (auto problem = detail::text_problem(converted, true, file.string() + " (converted from " + encoding + ")")) {
            fail_io(function, *problem);
        }
        text = converted;
    }
    bool header_seen = false;
    const std::string name = file.filename().string();

    const auto skip = [&](row_position where, row_problem problem, std::string_view detail) {
        ++out.skipped_total;
        ++out.skipped[problem];
        if (options.on_skip) options.on_skip(skipped_row{where, problem, detail});
    };

    csv_scanner scanner;
    ineq::patent_record record;
    record_buffers buffers;
    const ineq::gazetteer* known = options.gazetteer;
    const unsigned threads = options.threads;
    // With threads: rows go into batches resolved by the pool; consumed in file order.
    constexpr std::size_t batch_rows = 2048;
    std::optional<batch_pool> pool;
    row_batch* filling = nullptr;
    const auto consume = [&](row_batch& b) {
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            const auto& it = b.items[i];
            ++out.data_rows;
            if (it.scan_error) {
                skip(it.where, row_problem::malformed_csv, b.messages[it.message]);
                continue;
            }
            if (const auto& err = b.errors[i]) {
                skip(it.where, err->problem, err->detail);
                continue;
            }
            out.synthetic = out.synthetic || b.synthetic[i] != 0;
            on_record(b.records[i], it.where);
        }
    };
    const auto batch = [&]() -> row_batch& {
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
                out.columns = detail::map_columns_of(fields, options.columns);
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
                row_batch& b = batch();
                b.input = text.data();
                b.items.push_back({where, b.offsets.size(), fields.size(), false, 0});
                for (const auto f : fields) {
                    // A view into the input stays one (no copy); an unescaped field lives in
                    // the scanner's scratch until this call returns, so it is copied.
                    const auto at = reinterpret_cast<std::uintptr_t>(f.data());
                    const auto begin = reinterpret_cast<std::uintptr_t>(text.data());
                    if (at >= begin && at - begin <= text.size() && f.size() <= text.size() - (at - begin)) {
                        const std::size_t offset = at - begin;
                        if (b.first_input == row_batch::none) b.first_input = offset;
                        b.offsets.emplace_back(offset, f.size());
                    } else {
                        b.offsets.emplace_back(row_batch::copied | b.text.size(), f.size());
                        b.text.append(f);
                    }
                }
                batch_done();
                return;
            }
            ++out.data_rows;
            row_info info;
            if (auto err = detail::make_record_into(fields, out.columns, record, buffers, &info, known)) {
                skip(where, err->problem, err->detail);
                return;
            }
            out.synthetic = out.synthetic || info.synthetic;
            on_record(record, where);
        },
        [&](row_position where, std::string_view message) {
            if (!header_seen) {
                fail_io(function, name + ": the header row is not valid CSV (" + std::string(message) + ")");
            }
            if (pool) {
                row_batch& b = batch();
                b.items.push_back({where, 0, 0, true, b.messages.size()});
                b.messages.emplace_back(message);
                batch_done();
                return;
            }
            ++out.data_rows;
            skip(where, row_problem::malformed_csv, message);
        },
        [&](std::size_t bytes, std::size_t keep_from) {
            if (options.on_progress) options.on_progress(bytes, text.size());
            if (mapped) {
                // Rows waiting in batches still point into the mapped text.
                const std::size_t pending = pool ? pool->oldest_input(filling) : row_batch::none;
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
    if (!header_seen) fail_io(function, name + ": the file is empty");
    return out;
}

}  // namespace detail

}  // namespace ineq::io

#endif
