// Steady-state solves of generated panel meshes (N nodes on a square grid, each
// conducting to its neighbours and radiating to space, with a load on each node) for
// N = 1,000, 10,000 and 100,000: time(10N)/time(N), and the sparse path against a dense
// LU Newton at N = 1,000, in one run.

#include "ratio_reporter.hpp"

#include <spacedc/thermal/network_solver.hpp>

#include <Eigen/Dense>

#include <cmath>
#include <string>

namespace {

namespace u = spacedc::units;
namespace th = spacedc::thermal;

th::thermal_network panel_mesh(int nodes) {
    const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(nodes))));
    th::thermal_network net;
    net.add_node({.name = "space", .fixed_temperature = u::temperature{2.725 * u::kelvin}});
    auto name = [](int i, int j) { return std::to_string(i) + "," + std::to_string(j); };
    for (int i = 0; i < side; ++i) {
        for (int j = 0; j < side; ++j) {
            net.add_node(
                {.name = name(i, j), .initial_temperature = u::temperature{250.0 * u::kelvin}});
            net.add_radiation(name(i, j), "space",
                              u::area{0.018 * u::square_meters}); // 0.1 m cell, 2 faces, eps 0.9
            net.add_load(name(i, j), u::power{(i == 0 ? 40.0 : 5.0) * u::watts});
            if (i > 0)
                net.add_conductor(name(i, j), name(i - 1, j),
                                  u::thermal_conductance{0.17 * u::watts_per_kelvin});
            if (j > 0)
                net.add_conductor(name(i, j), name(i, j - 1),
                                  u::thermal_conductance{0.17 * u::watts_per_kelvin});
        }
    }
    return net;
}

void BM_SteadyStateSparse(benchmark::State& state) {
    const auto net = panel_mesh(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(th::steady_state(net));
}
BENCHMARK(BM_SteadyStateSparse)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond);

// The same Newton iteration with a dense Jacobian and dense LU.
void BM_SteadyStateDense(benchmark::State& state) {
    const auto net = panel_mesh(static_cast<int>(state.range(0)));
    const th::network_detail::system s{net};
    for (auto _ : state) {
        Eigen::VectorXd x = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(s.size()), 250.0);
        for (int it = 0; it < 100; ++it) {
            Eigen::SparseMatrix<double> j;
            const Eigen::VectorXd r = s.residual(x, 0.0, &j);
            if (r.lpNorm<1>() < 1e-10 * 1e4) break;
            const Eigen::VectorXd dx = Eigen::MatrixXd(j).partialPivLu().solve(-r);
            x += dx;
        }
        benchmark::DoNotOptimize(x);
    }
}
BENCHMARK(BM_SteadyStateDense)->Arg(1'000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"sparse: time(10,000) / time(1,000)", "BM_SteadyStateSparse/10000",
          "BM_SteadyStateSparse/1000"},
         {"sparse: time(100,000) / time(10,000)", "BM_SteadyStateSparse/100000",
          "BM_SteadyStateSparse/10000"},
         {"dense / sparse at N = 1,000", "BM_SteadyStateDense/1000", "BM_SteadyStateSparse/1000"}});
}
