#!/usr/bin/env python3
"""The JSON contract's schemas (docs/schemas/*.schema.json) against real output.

  json_schemas.py check SPACEDC     runs every case of cases.txt and validates its output
                                    against its schema (JSON Schema 2020-12, Debian's
                                    python3-jsonschema); exits 1 on any failure, 77
                                    (skipped) without jsonschema
  json_schemas.py generate SPACEDC  drafts the schemas from the same outputs: every key
                                    seen, its type (null where a case gives null), the
                                    unit its suffix names; keys present in every case
                                    are required; no other key is allowed

`generate` is for a deliberate change of the contract: review the diff of docs/schemas,
and raise schema_version (src/cli/report.hpp) when a key is renamed or removed or
changes meaning or unit. `check` is the test: an output that gains, loses or retypes a
key fails it until the schema says so.
"""

import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCHEMAS = os.path.join(ROOT, "docs", "schemas")

# Objects whose keys are names (nodes, spec keys, requirements, finding kinds), not a
# fixed set: their values share one schema. Paths: keys joined by '/', '[]' for array
# items, '*' for a map's entries.
MAPS = {
    "requirement_probability", "sensitivity/*", "temperatures_k", "minimum_temperatures_k",
    "maximum_temperatures_k", "coldest", "hottest", "infeasible_reasons", "axes",
    "pareto/[]/values",
}

# The command line of each schema whose name is not its subcommand's.
TITLES = {
    "orbit-eclipse-free-altitude": "spacedc orbit --eclipse-free-altitude --json",
    "size-check": "spacedc size --check --json",
    "network-steady": "spacedc network --json (steady state)",
    "network-transient": "spacedc network --transient --json",
    "network-periodic": "spacedc network --periodic --json",
    "network-year": "spacedc network --year --json",
}

# The unit each key suffix names (README, "JSON contract"), longest first.
UNITS = [
    ("_w_per_m_k", "W/(m K)"), ("_w_per_m2", "W/m²"), ("_w_per_kg", "W/kg"),
    ("_kg_per_m2", "kg/m²"), ("_j_per_kg", "J/kg"), ("_j_per_k", "J/K"),
    ("_j_per_m2", "J/m²"), ("_k_per_w", "K/W"), ("_m_per_s", "m/s"),
    ("_deg_per_day", "degrees per day"), ("_per_kw_year_usd", "US dollars per kW-year"),
    ("_per_kwh_usd", "US dollars per kWh"), ("_per_kw_usd", "US dollars per kW"),
    ("_per_k", "1/K"), ("_usd", "US dollars"), ("_m2", "m²"), ("_kg", "kg"), ("_deg", "degrees"),
    ("_rad", "rad (absorbed dose in silicon)"), ("_w", "W"), ("_j", "J"), ("_k", "K"),
    ("_s", "s"), ("_m", "m"),
]


def cases():
    out = []
    with open(os.path.join(HERE, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, args = line.split(":", 1)
            args = args.replace("{configs}", os.path.join(ROOT, "examples", "configs"))
            out.append((name.strip(), shlex.split(args)))
    return out


def run(spacedc, args):
    r = subprocess.run([spacedc] + args, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"spacedc {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return json.loads(r.stdout)


def kind(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def unit_of(key):
    for suffix, unit in UNITS:
        if key.endswith(suffix):
            return unit
    return None


def draft(values, path, key=""):
    """A schema for every value in `values`, all at `path`."""
    kinds = sorted({kind(v) for v in values})
    if "integer" in kinds and "number" in kinds:
        kinds.remove("integer")
    schema = {"type": kinds[0] if len(kinds) == 1 else kinds}
    unit = unit_of(key) if key else None
    if unit and ("number" in kinds or "integer" in kinds):
        schema["description"] = f"in {unit}"
    objects = [v for v in values if isinstance(v, dict)]
    if objects:
        if path in MAPS:
            entries = [x for o in objects for x in o.values()]
            schema["additionalProperties"] = draft(entries, path + "/*") if entries else {}
        else:
            keys = []
            for o in objects:
                keys += [k for k in o if k not in keys]
            schema["properties"] = {
                k: draft([o[k] for o in objects if k in o], f"{path}/{k}".lstrip("/"), k)
                for k in keys}
            schema["required"] = [k for k in keys if all(k in o for o in objects)]
            schema["additionalProperties"] = False
    arrays = [v for v in values if isinstance(v, list)]
    items = [x for a in arrays for x in a]
    if items:
        schema["items"] = draft(items, f"{path}/[]".lstrip("/"), key)
    return schema


def generate(spacedc):
    outputs = {}
    for name, args in cases():
        outputs.setdefault(name, []).append(run(spacedc, args))
    os.makedirs(SCHEMAS, exist_ok=True)
    for name, values in outputs.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": TITLES.get(name, f"spacedc {name} --json"),
                  "description": "Numbers in SI base units with the unit in the key's suffix, "
                                 "angles in degrees, ratios plain (README, JSON contract).",
                  **draft(values, "")}
        with open(os.path.join(SCHEMAS, f"{name}.schema.json"), "w", encoding="utf-8") as f:
            json.dump(schema, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"wrote docs/schemas/{name}.schema.json from {len(values)} outputs")
    return 0


def check(spacedc):
    try:
        import jsonschema
    except ImportError:
        print("SKIPPED: python3-jsonschema is not installed (scripts/install-deps installs it)")
        return 77
    failures = 0
    used = set()
    for name, args in cases():
        path = os.path.join(SCHEMAS, f"{name}.schema.json")
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        used.add(f"{name}.schema.json")
        output = run(spacedc, args)
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(output),
                        key=lambda e: list(e.path))
        for e in errors:
            where = "/".join(str(p) for p in e.path) or "(top)"
            print(f"FAIL {name}: spacedc {' '.join(args[:3])} ...: {where}: {e.message}")
        failures += len(errors)
    unused = sorted(set(os.listdir(SCHEMAS)) - used)
    for u in unused:
        print(f"FAIL docs/schemas/{u} is checked by no case of tests/json_schema/cases.txt")
    failures += len(unused)
    print(f"{len(cases())} outputs against {len(used)} schemas: "
          + ("all valid" if failures == 0 else f"{failures} failures"))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "generate"):
        print(__doc__)
        sys.exit(2)
    sys.exit(check(sys.argv[2]) if sys.argv[1] == "check" else generate(sys.argv[2]))
