#pragma once
// A file path private to the running test.

#include "testing/scratch_path.hpp"
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace spacedc::testing {

/// `name` in the test temporary folder, prefixed by the running test's suite and name.
/// CTest runs every test in its own process, two at a time in CI: two tests writing the
/// same "bad.toml" would read each other's file. Outside a test (static set-up) the name
/// is used as given, so such files must be written atomically by their caller.
inline std::string scratch_path(std::string_view name) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string prefix;
    if (test != nullptr) {
        prefix = std::string{test->test_suite_name()} + "." + test->name() + ".";
        std::replace(prefix.begin(), prefix.end(), '/', '_'); // parameterised names
    }
    return ::testing::TempDir() + prefix + std::string{name};
}

} // namespace spacedc::testing
