def parse_tags(text):
    seen = set()
    tags = []
    for raw in text.split(","):
        tag = raw.strip().lower()
        if tag and tag not in seen:
            seen.add(tag)
            tags.append(tag)
    return tags


def parse_records(lines):
    records = []
    for line in lines:
        name, _, rest = line.partition(":")
        records.append({"name": name.strip(), "tags": parse_tags(rest)})
    return records
