"""Parses every FHIR resource Mestring wrote with an independent implementation, strictly.

Usage: check-fhir.py FOLDER

Each *.fhir.json (a Bundle) and *.fhir.ndjson (one resource a line) in FOLDER is parsed with the
R4B models of the `fhir.resources` package (R4B equals R4 for the resources Mestring writes).
Unknown elements and wrong types are errors. Exits 1 on any error, naming file, resource and error.
"""

import json
import pathlib
import sys

from fhir.resources.R4B import get_fhir_model_class


def check(resource, where, errors):
    try:
        model = get_fhir_model_class(resource.get("resourceType", "?"))
        parsed = model.model_validate(resource, strict=True)
    except Exception as error:  # the package raises pydantic's ValidationError or KeyError
        errors.append(f"{where}: {str(error)[:2000]}")
        return
    # The models coerce some values (the string "true" to a boolean); a value of the wrong JSON
    # type would come back different, so what the models read must be exactly what was written.
    again = json.loads(parsed.model_dump_json(by_alias=True, exclude_none=True))
    if again != resource:
        errors.append(f"{where}: the models read something else than was written (a value of the wrong JSON type?)")


def main():
    folder = pathlib.Path(sys.argv[1])
    errors, count = [], 0
    for path in sorted(folder.glob("*.fhir.json")):
        bundle = json.loads(path.read_text(encoding="utf-8"))
        check(bundle, f"{path.name}: Bundle", errors)
        for index, entry in enumerate(bundle.get("entry", [])):
            resource = entry["resource"]
            check(resource, f"{path.name}: entry[{index}] {resource.get('resourceType')}", errors)
            count += 1
    for path in sorted(folder.glob("*.fhir.ndjson")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                resource = json.loads(line)
                check(resource, f"{path.name}:{number} {resource.get('resourceType')}", errors)
                count += 1
    if count == 0:
        errors.append(f"no resources found in {folder}")
    for error in errors:
        print(error, file=sys.stderr)
    print(f"fhir.resources (R4B): {count} resources checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
