#pragma once
/// \file
/// Errors in the user's words: the library names its parameters ("cell efficiency");
/// a subcommand lists which of its options sets each, and an `invalid_input` from the
/// library is re-thrown naming the option the user gave ("--efficiency").

#include <spacedc/errors.hpp>

#include <span>
#include <string_view>
#include <utility>

namespace spacedc::cli {

/// Library parameter name -> the option (or spec key) that sets it.
using option_name = std::pair<std::string_view, std::string_view>;
using option_names = std::span<const option_name>;

/// Runs `action`; an `invalid_input` naming a parameter in `names` is re-thrown naming
/// its option instead.
template <class Action>
decltype(auto) naming_options(option_names names, Action&& action) {
    try {
        return action();
    } catch (const invalid_input& e) {
        for (const auto& [parameter, option] : names) {
            if (e.parameter() == parameter) {
                throw invalid_input{std::string{option}, e.value(), e.valid_range(), e.reason()};
            }
        }
        throw;
    }
}

} // namespace spacedc::cli
