#!/usr/bin/env python3
"""Checks what Mestring's HSDS adapter writes against the published HSDS 3.0 schemas.

Usage: check_hsds.py HSDS3_DIR (--document FILE | --package DIR)...

- A document (a page of organizations) is checked item by item against the compiled
  schema/compiled/organization.json with the JSON Schema 2020-12 validator and format checking.
  jsonschema checks "uri" only with the optional rfc3987 package; without it this script adds
  an RFC 3986 absolute-URI check, so no format goes unchecked.
- A tabular package is checked against the published datapackage.json: every resource's file,
  its header, required and enum constraints, field types, unique ids and foreign keys.

Prints one line per error and exits 1 when there is any.
"""
import csv
import datetime
import json
import os
import re
import sys

import jsonschema

errors = []


def format_checker():
    checker = jsonschema.FormatChecker()
    if "uri" not in checker.checkers:
        absolute_uri = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[!#-;=?-\[\]_a-z~%]+$")

        @checker.checks("uri")
        def is_uri(instance):
            return not isinstance(instance, str) or bool(absolute_uri.match(instance))

    return checker


def check_document(hsds, path):
    schema = json.load(open(os.path.join(hsds, "schema", "compiled", "organization.json")))
    validator = jsonschema.Draft202012Validator(schema, format_checker=format_checker())
    document = json.load(open(path, encoding="utf-8"))
    items = document["contents"] if isinstance(document, dict) and "contents" in document else document
    if not isinstance(items, list) or not items:
        errors.append(f"{path}: expected a non-empty page of organizations")
        return
    for index, item in enumerate(items):
        for error in validator.iter_errors(item):
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            errors.append(f"{path}: contents[{index}]{where}: {error.message[:200]}")


def valid_type(kind, value):
    try:
        if kind in ("number", "integer"):
            number = float(value)
            return kind == "number" or number == int(number)
        if kind == "date":
            datetime.date.fromisoformat(value)
            return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
        if kind == "time":
            return bool(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d", value))
        if kind == "datetime":
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return True
        if kind == "boolean":
            return value in ("true", "false")
    except ValueError:
        return False
    return True


def check_package(hsds, folder):
    package = json.load(open(os.path.join(hsds, "datapackage.json")))
    tables = {}
    for resource in package["resources"]:
        path = os.path.join(folder, resource["path"])
        if not os.path.exists(path):
            errors.append(f"{path}: missing; the package lists resource {resource['name']}")
            continue
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        fields = resource["schema"]["fields"]
        names = [field["name"] for field in fields]
        if not rows or rows[0] != names:
            errors.append(f"{path}: header differs from the package's fields {names}")
            continue
        records = [dict(zip(names, row)) for row in rows[1:]]
        for number, row in enumerate(rows[1:], start=1):
            if len(row) != len(names):
                errors.append(f"{path} row {number}: {len(row)} cells, expected {len(names)}")
        tables[resource["name"]] = (path, records)
        for field in fields:
            name, constraints = field["name"], field.get("constraints", {})
            seen = set()
            for number, record in enumerate(records, start=1):
                value = record.get(name, "")
                if value == "":
                    if constraints.get("required"):
                        errors.append(f"{path} row {number}: {name}: required")
                    continue
                if not valid_type(field["type"], value):
                    errors.append(f"{path} row {number}: {name}: not a valid {field['type']}: {value[:80]!r}")
                if "enum" in constraints and value not in constraints["enum"]:
                    errors.append(f"{path} row {number}: {name}: {value[:80]!r} not in {constraints['enum']}")
                if (constraints.get("unique") or name == "id") and value in seen:
                    errors.append(f"{path} row {number}: {name}: {value!r} is not unique")
                seen.add(value)
    for resource in package["resources"]:
        if resource["name"] not in tables:
            continue
        path, records = tables[resource["name"]]
        for key in resource["schema"].get("foreignKeys", []):
            column, target = key["fields"], key["reference"]
            target_name = target.get("resource") or resource["name"]
            target_ids = {record.get(target["fields"], "") for record in tables.get(target_name, ("", []))[1]}
            for number, record in enumerate(records, start=1):
                value = record.get(column, "")
                if value and value not in target_ids:
                    errors.append(f"{path} row {number}: {column}: {value!r} is not an id in {target_name}")


def main(arguments):
    if len(arguments) < 3:
        print(__doc__)
        return 2
    hsds, rest = arguments[0], arguments[1:]
    checked = 0
    for option, path in zip(rest[::2], rest[1::2]):
        if option == "--document":
            check_document(hsds, path)
        elif option == "--package":
            check_package(hsds, path)
        else:
            print(f"unknown option {option}")
            return 2
        checked += 1
    for error in errors:
        print(error)
    print(f"checked {checked} HSDS outputs: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
