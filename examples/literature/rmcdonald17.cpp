// rMcDonald17/Orbital-Datacenters (dawn-dusk SSO, checked against SPENVIS): eclipse days,
// worst eclipse fraction and yearly sunlit fraction by altitude, the altitude above
// which a dawn-dusk orbit never enters the shadow, and what its dose costs there.
//
// Run: literature_rmcdonald17 [--markdown]

#include "figure.hpp"

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/radiation/dose.hpp>

#include <chrono>
#include <vector>

namespace o = spacedc::orbit;
namespace u = spacedc::units;

int main(int argc, char** argv) {
    const u::duration six_am{6.0 * 3600.0 * u::seconds};
    struct row {
        double km;
        int days;
        double worst, sunlit; // percent
    };
    std::vector<literature::figure> figures;
    const std::string source = "rMcDonald17";
    const std::string why = "agrees (their sun model and year differ: a few days, ~0.3 %)";
    for (const row r :
         {row{500, 100, 23.9, 94.7}, row{700, 80, 19.0, 96.7}, row{1000, 54, 12.4, 98.6},
          row{1200, 34, 7.9, 99.4}, row{1500, 0, 0.0, 100.0}}) {
        const auto y =
            o::analyse_year({.altitude = u::length{r.km * 1e3 * u::meters}, .ltan = six_am},
                            std::chrono::year{2027});
        const std::string inputs = fmt::format("{:.0f} km, LTAN 06:00, 2027", r.km);
        figures.push_back({source, "eclipse days a year", inputs, double(r.days), "days",
                           double(y.eclipse_days), 4.0, std::nullopt, why});
        figures.push_back({source, "worst eclipse, % of the orbit", inputs, r.worst, "%",
                           100.0 * y.max_eclipse_fraction.value(), 0.3, std::nullopt, why});
        figures.push_back({source, "sunlit fraction of the year", inputs, r.sunlit, "%",
                           100.0 * y.sunlit_fraction.value(), 0.3, std::nullopt, why});
    }
    const auto free = o::lowest_eclipse_free_altitude(six_am, std::chrono::year{2027});
    figures.push_back(
        {"LITERATURE (cylindrical shadow)", "lowest eclipse-free dawn-dusk altitude",
         "LTAN 06:00, 2027", 1390.0, "km",
         free.altitude ? std::optional<double>{free.altitude->value() / 1e3} : std::nullopt, 20.0,
         std::nullopt, "agrees (\"about 1,390 km\")"});
    // Their SPENVIS dose tables (behind 5 mm Al, radiation/dose.hpp) at the eclipse-free
    // altitude against 650 km, and the months until the 2 krad at which Suncatcher's HBM
    // first shows irregularities.
    if (free.altitude) {
        namespace rd = spacedc::radiation;
        const auto sso = rd::inclination_class::sun_synchronous;
        const double high = rd::dose_rate(*free.altitude, sso).value();
        const double low = rd::dose_rate(u::length{650e3 * u::meters}, sso).value();
        const double months_to_2_krad = 20.0 / high / (365.25 * 86'400.0) * 12.0; // 2 krad = 20 Gy
        figures.push_back(
            {"LITERATURE (rMcDonald17 SPENVIS)",
             "yearly dose at the eclipse-free altitude / at 650 km",
             fmt::format("dawn-dusk SSO, 5 mm Al, {:.0f} km against 650 km",
                         free.altitude->value() / 1e3),
             10.0, "x", high / low, 5.0, std::nullopt,
             fmt::format("agrees (\"roughly 10x\", one figure); the 2 krad HBM onset comes "
                         "{:.1f} months into the mission there",
                         months_to_2_krad)});
    }
    return literature::report(figures, argc, argv);
}
