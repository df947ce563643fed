#pragma once
// The default node sized with a 20 % array design margin and a 10 K junction margin:
// the design the checks and matcher tests evaluate.

#include <spacedc/node/size_node.hpp>

namespace spacedc::testing {

inline const node::node_design& margined_design() {
    static const node::node_design d = [] {
        node::node_spec s{};
        s.conversion.design_margin = 0.2;
        s.thermal.junction_margin = 10.0 * units::kelvin_difference;
        return node::size_node(s);
    }();
    return d;
}

} // namespace spacedc::testing
