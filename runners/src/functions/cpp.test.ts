import { cppTarget, CPP_DRIVER_FILE } from './cpp';
import { parseSignature, type Signature } from './signature';

const parsed = (sig: Signature) => parseSignature(sig);

describe('cppTarget.stub', () => {
  it('declares records before their users, with the mapped C++ types, and returns {} from the entry', () => {
    const sig = {
      params: [
        { name: 'intervals', type: 'Interval[]' },
        { name: 'min_gap', type: 'int' },
      ],
      returns: 'Span?',
      records: { Span: { first: 'Interval', labels: 'map<string, string[]>' }, Interval: { start: 'int', end: 'float' } },
    };
    expect(cppTarget.stub('mergeIntervals', parsed(sig))).toBe(
      [
        '#include <optional>',
        '#include <string>',
        '#include <unordered_map>',
        '#include <vector>',
        '',
        'struct Interval {',
        '    long long start;',
        '    double end;',
        '};',
        '',
        'struct Span {',
        '    Interval first;',
        '    std::unordered_map<std::string, std::vector<std::string>> labels;',
        '};',
        '',
        'std::optional<Span> mergeIntervals(std::vector<Interval> intervals, long long minGap) {',
        '    return {};',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('needs no include for scalar types', () => {
    const stub = cppTarget.stub('isEven', parsed({ params: [{ name: 'n', type: 'int' }], returns: 'bool' }));
    expect(stub).toBe('bool isEven(long long n) {\n    return {};\n}\n');
  });

  it('renames parameters and fields that are C++ keywords with a trailing underscore', () => {
    const sig = { params: [{ name: 'new', type: 'Item' }], returns: 'int', records: { Item: { class: 'string', delete: 'bool' } } };
    const stub = cppTarget.stub('score', parsed(sig));
    expect(stub).toContain('    std::string class_;\n    bool delete_;\n');
    expect(stub).toContain('long long score(Item new_) {');
  });
});

describe('cppTarget.driverFiles', () => {
  const sig = { params: [{ name: 'new', type: 'Item' }], returns: 'int', records: { Item: { class: 'string' } } };
  const driver = cppTarget.driverFiles('score', parsed(sig), sig)[CPP_DRIVER_FILE]!;

  it("includes main.cpp after renaming the candidate's main, so its errors keep main.cpp's lines", () => {
    expect(driver).toMatch(/#define main assay_candidate_main\n#include "main.cpp"\n#undef main\n/);
  });

  it('reads and writes a renamed field under its JSON name', () => {
    expect(driver).toContain('if (key == "class") return read_field<std::string>(r, "class", v.class_, seen[0]), true;');
    expect(driver).toContain('write_field<std::string>(out, "class", v.class_);');
  });
});
