#pragma once
// Private: a node spec document read again and again with some of its keys set to new
// values (the designs of a sweep, the samples of a Monte Carlo study), so each value is
// read by the spec reader itself, with its units, ranges and errors.

#include <spacedc/errors.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/node/node_spec.hpp>

#include <toml.hpp>

#include <string>
#include <vector>

namespace spacedc::io::detail {

/// A number, or a number with a unit ("600 km"), as a range end or a distribution
/// parameter is written.
struct amount {
    double number = 0.0;
    std::string unit; ///< empty for a plain number
    bool integer = false;
};

/// Reads `v` as an amount; `where` names it in errors.
amount read_amount(const toml::value& v, const std::string& where);

/// The TOML value the spec reader takes for `x` in `unit` ("600 km"; a plain number, an
/// integer when `integer`).
toml::value value_of(double x, const std::string& unit, bool integer);

/// Throws unless the keys of `sorted` (sorted by key) are distinct: a quoted "a.b" key
/// and a nested table [table.a] b name the same spec key.
template <class Keyed>
void require_unique_keys(const std::vector<Keyed>& sorted, const std::string& table) {
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i].key == sorted[i - 1].key) {
            throw invalid_input{table + "." + sorted[i].key, "given twice",
                                "one entry per key (a quoted \"a.b\" key and a nested [" + table +
                                    ".a] b are the same key)"};
        }
    }
}

class spec_document {
  public:
    /// Reads `path` and applies `overrides`.
    spec_document(const std::string& path, const std::vector<std::string>& overrides,
                  const input_limits& limits);

    const toml::value& root() const { return root_; }

    /// Sets dotted `key` to `value` (named `what` in errors).
    void set(const std::string& key, toml::value value, const std::string& what);

    /// The spec as the document now reads; an error gains "; in <context>".
    node::node_spec read(const std::string& context) const;

  private:
    toml::value root_;
    std::string path_;
    input_limits limits_;
};

} // namespace spacedc::io::detail
