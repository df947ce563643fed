// libFuzzer target: a spec file's [sweep] and [uncertain] tables from any text, through
// the readers `spacedc sweep` and `spacedc montecarlo` use (they read files, so the input
// is written to one), and the first designs and samples read back by the spec reader.

#include "fuzz_toml_readers.hpp"

#include <spacedc/io/sweep_file.hpp>
#include <spacedc/io/uncertainty_file.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace {

/// One scratch file name for the process, written for each input and removed after it.
const std::string& scratch() {
    static const std::string path = [] {
        std::string p = "/tmp/spacedc_fuzz_design_space_XXXXXX";
        const int fd = mkstemp(p.data());
        if (fd < 0) std::abort();
        close(fd);
        return p;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto limits = spacedc::fuzz::limits();
    if (size > limits.max_file_bytes) return 0;
    {
        std::ofstream out{scratch(), std::ios::binary | std::ios::trunc};
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        spacedc::io::node_sweep sweep{scratch(), {}, limits};
        for (std::uint64_t i = 0; i < std::min<std::uint64_t>(sweep.designs(), 3); ++i)
            (void)sweep.spec(i);
    } catch (const spacedc::invalid_input&) {
    }
    try {
        spacedc::io::node_uncertainty study{scratch(), {}, limits};
        for (std::uint64_t i = 0; i < 3; ++i) (void)study.spec(study.draw(1, i));
    } catch (const spacedc::invalid_input&) {
    }
    std::remove(scratch().c_str());
    return 0;
}
