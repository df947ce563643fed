#pragma once
/// \file
/// A file the tool writes (a CSV table): never over an existing file unless forced,
/// never over one of the run's inputs, and never half-written. The content goes to a
/// temporary file beside the target, renamed over it only by `commit()`; a run that
/// fails before then leaves nothing behind.

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace spacedc::cli {

class output_file {
  public:
    /// Checks `path` (named `option` in errors) before anything is computed: it must
    /// not be one of `inputs`, nor exist unless `force`, and its folder must exist.
    output_file(std::string option, std::filesystem::path path, bool force,
                const std::vector<std::filesystem::path>& inputs = {});
    output_file(const output_file&) = delete;
    output_file& operator=(const output_file&) = delete;
    /// Removes the temporary file unless committed.
    ~output_file();

    /// The stream to write to (the temporary file).
    std::ofstream& stream() { return stream_; }

    /// Flushes, checks the writes and renames the temporary file over the target.
    void commit();

  private:
    std::string option_;
    std::filesystem::path path_;
    std::filesystem::path temporary_;
    bool force_;
    std::ofstream stream_;
    bool committed_ = false;
};

} // namespace spacedc::cli
