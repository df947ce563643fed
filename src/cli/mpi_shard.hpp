#pragma once
/// \file
/// Sharding a batch (a Monte Carlo study, a sweep) over MPI ranks: rank r of R takes the
/// contiguous block [N r / R, N (r + 1) / R) of the sample indices, the counter-based
/// generator makes each sample a pure function of (seed, index), and rank 0 gathers the
/// blocks in rank order, so the result is the one a single process gives, for any number
/// of ranks. Optional at build time (`SPACEDC_WITH_MPI`, OpenMPI from Debian); without
/// it `--mpi` is an error saying so.

#include <spacedc/errors.hpp>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#ifdef SPACEDC_WITH_MPI
#include <mpi.h>
#endif

namespace spacedc::cli {

/// One MPI session for the length of a command: MPI_Init on construction when `use`,
/// MPI_Finalize on destruction. Without `use` it is one rank of one.
class mpi_session {
  public:
    explicit mpi_session(bool use) {
        if (!use) return;
#ifdef SPACEDC_WITH_MPI
        int initialised = 0;
        MPI_Initialized(&initialised);
        if (!initialised) MPI_Init(nullptr, nullptr);
        active_ = true;
        MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
        MPI_Comm_size(MPI_COMM_WORLD, &ranks_);
#else
        throw error{"--mpi: this spacedc was built without MPI (configure with "
                    "-DSPACEDC_WITH_MPI=ON and OpenMPI installed)"};
#endif
    }
    mpi_session(const mpi_session&) = delete;
    mpi_session& operator=(const mpi_session&) = delete;
    ~mpi_session() {
#ifdef SPACEDC_WITH_MPI
        if (active_) MPI_Finalize();
#endif
    }

    int rank() const { return rank_; }
    int ranks() const { return ranks_; }
    bool root() const { return rank_ == 0; }
    bool active() const { return active_; }

    /// This rank's block of [0, count).
    std::pair<std::uint64_t, std::uint64_t> block(std::uint64_t count) const {
        const auto r = static_cast<std::uint64_t>(rank_), n = static_cast<std::uint64_t>(ranks_);
        return {count * r / n, count * (r + 1) / n};
    }

    /// True when any rank reports `failed` (every rank must call it).
    bool any_failed(bool failed) const {
#ifdef SPACEDC_WITH_MPI
        if (active_) {
            int mine = failed ? 1 : 0, any = 0;
            MPI_Allreduce(&mine, &any, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
            return any != 0;
        }
#endif
        return failed;
    }

    /// On rank 0, every rank's `mine` concatenated in rank order; elsewhere empty.
    std::vector<double> gather(const std::vector<double>& mine) const {
#ifdef SPACEDC_WITH_MPI
        if (active_) {
            const long long n = static_cast<long long>(mine.size());
            std::vector<long long> sizes(static_cast<std::size_t>(ranks_));
            MPI_Gather(&n, 1, MPI_LONG_LONG, sizes.data(), 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
            std::vector<int> counts(sizes.size()), offsets(sizes.size());
            long long total = 0;
            for (std::size_t r = 0; r < sizes.size(); ++r) {
                if (sizes[r] > 2'000'000'000LL)
                    throw error{"--mpi: more than 2e9 values on one rank; use more ranks"};
                counts[r] = static_cast<int>(sizes[r]);
                offsets[r] = static_cast<int>(total);
                total += sizes[r];
            }
            if (total > 2'000'000'000LL) throw error{"--mpi: more than 2e9 values to gather"};
            std::vector<double> all(root() ? static_cast<std::size_t>(total) : 0);
            MPI_Gatherv(mine.data(), static_cast<int>(n), MPI_DOUBLE, all.data(), counts.data(),
                        offsets.data(), MPI_DOUBLE, 0, MPI_COMM_WORLD);
            return all;
        }
#endif
        return mine;
    }

    /// Rethrows `error` when this rank failed, and throws when another did (every rank
    /// must call it), so all ranks stop together after a batch.
    void rethrow_if_any_failed(const std::exception_ptr& error) const {
        if (!any_failed(error != nullptr)) return;
        if (error) std::rethrow_exception(error);
        throw spacedc::error{"--mpi: another rank failed (its message is on its stderr)"};
    }

    /// On a rank other than 0: sends the bytes of `files` (from their start, in order) to
    /// rank 0, in chunks of 64 KiB, then an end mark; on rank 0: does nothing. Pairs with
    /// `receive_from_ranks` (every rank must call its side).
    void send_to_root(const std::vector<std::FILE*>& files) const {
#ifdef SPACEDC_WITH_MPI
        if (!active_ || root()) return;
        std::vector<char> buffer(1 << 16);
        for (std::FILE* f : files) {
            std::rewind(f);
            for (std::size_t got; (got = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;) {
                long long n = static_cast<long long>(got);
                MPI_Send(&n, 1, MPI_LONG_LONG, 0, 0, MPI_COMM_WORLD);
                MPI_Send(buffer.data(), static_cast<int>(got), MPI_CHAR, 0, 1, MPI_COMM_WORLD);
            }
        }
        long long end = 0;
        MPI_Send(&end, 1, MPI_LONG_LONG, 0, 0, MPI_COMM_WORLD);
#else
        (void)files;
#endif
    }

    /// On rank 0: appends to `out` what ranks 1, 2, ... send with `send_to_root`, in rank
    /// order, one chunk at a time; elsewhere: does nothing.
    void receive_from_ranks(std::ostream& out) const {
#ifdef SPACEDC_WITH_MPI
        if (!active_ || !root()) return;
        std::vector<char> buffer(1 << 16);
        for (int r = 1; r < ranks_; ++r) {
            while (true) {
                long long n = 0;
                MPI_Recv(&n, 1, MPI_LONG_LONG, r, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
                if (n <= 0) break;
                MPI_Recv(buffer.data(), static_cast<int>(n), MPI_CHAR, r, 1, MPI_COMM_WORLD,
                         MPI_STATUS_IGNORE);
                out.write(buffer.data(), static_cast<std::streamsize>(n));
            }
        }
#else
        (void)out;
#endif
    }

    /// On rank 0, the element-wise sum over the ranks; elsewhere unspecified.
    std::vector<std::uint64_t> sum(const std::vector<std::uint64_t>& mine) const {
#ifdef SPACEDC_WITH_MPI
        if (active_) {
            std::vector<std::uint64_t> total(mine.size(), 0);
            MPI_Reduce(mine.data(), total.data(), static_cast<int>(mine.size()), MPI_UINT64_T,
                       MPI_SUM, 0, MPI_COMM_WORLD);
            return total;
        }
#endif
        return mine;
    }

  private:
    int rank_ = 0;
    int ranks_ = 1;
    bool active_ = false;
};

} // namespace spacedc::cli
