// Turyshev, "Orbital Data Centers: Spacecraft Constraints and Economic Viability"
// (arXiv:2604.27197), abstract: at about 40 kg/kW, a terrestrial infrastructure benchmark
// of 10-40 k$/kW allows only 250-1000 $/kg for launch plus build.
//
// Run: literature_turyshev [--markdown]

#include "figure.hpp"

#include <spacedc/economics/launch_economics.hpp>

#include <vector>

namespace ec = spacedc::economics;
namespace u = spacedc::units;

int main(int argc, char** argv) {
    // A capital benchmark G ($/kW) is G / T per kW-year over any life T: the allowance
    // G P T / (m T) = G / m_kW does not depend on T (5 years here), nor on the penalty (1).
    const u::duration life = 5.0 * ec::julian_year;
    const u::mass per_kw = 40.0 * u::kilograms;
    const u::power kw{1e3 * u::watts};
    auto allowance = [&](double benchmark_per_kw) {
        return ec::breakeven_launch_price_per_kg_usd(benchmark_per_kw / 5.0, per_kw, kw, life);
    };
    const std::vector<literature::figure> figures{
        {.source = "Turyshev (abstract)",
         .quantity = "launch + build allowance at a 10 k$/kW ground benchmark",
         .inputs = "40 kg per kW of IT power",
         .published = 250.0,
         .unit = "$/kg",
         .spacedc = allowance(10'000.0),
         .tolerance = 0.5,
         .corrected = std::nullopt,
         .reason = "agrees"},
        {.source = "Turyshev (abstract)",
         .quantity = "launch + build allowance at a 40 k$/kW ground benchmark",
         .inputs = "40 kg per kW of IT power",
         .published = 1000.0,
         .unit = "$/kg",
         .spacedc = allowance(40'000.0),
         .tolerance = 0.5,
         .corrected = std::nullopt,
         .reason = "agrees"},
    };
    return literature::report(figures, argc, argv);
}
