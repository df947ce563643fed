#include "output_file.hpp"

#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace spacedc::cli {

namespace fs = std::filesystem;

output_file::output_file(std::string option, fs::path path, bool force,
                         const std::vector<fs::path>& inputs)
    : option_{std::move(option)}
    , path_{std::move(path)}
    , force_{force} {
    if (path_.empty()) throw invalid_input{option_, "(empty)", "a file name"};
    std::error_code ec;
    for (const auto& input : inputs) {
        if (fs::exists(path_, ec) && fs::equivalent(path_, input, ec)) {
            throw invalid_input{option_, path_.string(), "a file other than the run's inputs",
                                "it is an input of this run"};
        }
    }
    const auto status = fs::status(path_, ec);
    if (fs::exists(status)) {
        if (!fs::is_regular_file(status)) {
            throw invalid_input{option_, path_.string(), "a regular file to write",
                                "it exists and is not a regular file"};
        }
        if (!force) {
            throw invalid_input{option_, path_.string(), "a new file, or --force to overwrite",
                                "the file exists"};
        }
    }
    const fs::path folder = path_.has_parent_path() ? path_.parent_path() : fs::path{"."};
    if (!fs::is_directory(folder, ec)) {
        throw invalid_input{option_, path_.string(), "a file in an existing folder",
                            "no such folder"};
    }
    // A unique temporary name in the same folder, so the rename cannot cross devices.
    std::string pattern = (folder / ("." + path_.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        throw invalid_input{option_, path_.string(), "a writable folder", std::strerror(errno)};
    }
    ::close(fd);
    temporary_ = pattern;
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        fs::remove(temporary_, ec);
        throw invalid_input{option_, path_.string(), "a writable file", "cannot be opened"};
    }
}

output_file::~output_file() {
    if (committed_) return;
    stream_.close();
    std::error_code ec;
    fs::remove(temporary_, ec);
}

void output_file::commit() {
    stream_.flush();
    const bool written = static_cast<bool>(stream_);
    stream_.close();
    std::error_code ec;
    if (!written) {
        throw spacedc::error{fmt::format("{}: writing '{}' failed", option_, path_.string())};
    }
    fs::permissions(temporary_,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                        fs::perms::others_read,
                    ec);
    // Without --force, a file that appeared since the check is not replaced either.
    if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, path_.c_str(),
                    force_ ? 0u : RENAME_NOREPLACE) != 0) {
        const std::string reason = std::strerror(errno);
        throw spacedc::error{
            fmt::format("{}: cannot write '{}': {}", option_, path_.string(), reason)};
    }
    committed_ = true;
}

} // namespace spacedc::cli
