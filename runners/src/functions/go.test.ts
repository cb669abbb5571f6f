import { goTarget } from './go';
import { parseSignature, SignatureSchema, type Signature } from './signature';

const parsed = (sig: Signature) => parseSignature(SignatureSchema.parse(sig));

describe('go stub', () => {
  it('declares the records gofmt-aligned with JSON tags, dependencies first, and returns the zero value', () => {
    const sig = parsed({
      params: [
        { name: 'rooms', type: 'Room[]' },
        { name: 'max_gap', type: 'int?' },
      ],
      returns: 'Room',
      records: { Room: { name: 'string', open_hours: 'Slot[]' }, Slot: { start: 'int', end: 'float' } },
    });
    expect(goTarget.stub('bestRoom', sig)).toBe(
      [
        'package main',
        '',
        'type Slot struct {',
        '\tStart int64   `json:"start"`',
        '\tEnd   float64 `json:"end"`',
        '}',
        '',
        'type Room struct {',
        '\tName      string `json:"name"`',
        '\tOpenHours []Slot `json:"open_hours"`',
        '}',
        '',
        'func bestRoom(rooms []Room, maxGap *int64) Room {',
        '\treturn Room{}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('renames a parameter that is a Go keyword and maps the containers', () => {
    const sig = parsed({ params: [{ name: 'type', type: 'map<string, bool[]>' }], returns: 'string?' });
    expect(goTarget.stub('check', sig)).toBe('package main\n\nfunc check(type_ map[string][]bool) *string {\n\treturn nil\n}\n');
  });
});

describe('go driver', () => {
  it('decodes each argument with its type text for errors and encodes the result', () => {
    const sig = { params: [{ name: 'grid', type: 'int[][]' }], returns: 'map<string, float>' };
    const driver = goTarget.driverFiles('score', parsed(sig), sig)['assay_driver.go']!;
    expect(driver).toContain('// assay:   func score(grid [][]int64) map[string]float64\n');
    expect(driver).toContain('\tvar assayArg0 [][]int64 = assayArg(assayArgs, 0, assayDecodeArray("int[][]", assayDecodeArray("int[]", assayDecodeInt)))\n');
    expect(driver).toContain('\tvar assayResult map[string]float64 = score(assayArg0)\n\tassayReturn(assayResult, assayEncodeMap(assayEncodeFloat))\n');
  });

  it('still reads (and checks) the argument array of an entry without parameters', () => {
    const sig = { params: [], returns: 'int' };
    const driver = goTarget.driverFiles('answer', parsed(sig), sig)['assay_driver.go']!;
    expect(driver).toContain('func main() {\n\tassayArgs := assayReadArgs()\n\tassayArgs.end()\n\tvar assayResult int64 = answer()\n');
  });

  it('decodes a record field by field, refusing keys it does not declare', () => {
    const sig = { params: [{ name: 'p', type: 'Point' }], returns: 'int', records: { Point: { x: 'int', y_pos: 'float?' } } };
    const driver = goTarget.driverFiles('f', parsed(sig), sig)['assay_driver.go']!;
    expect(driver).toContain(
      [
        'func assayDecodeRecordPoint(p *assayParser) (r Point, err error) {',
        '\terr = assayRecord(p, "Point", []string{"x", "y_pos"}, func(key string) (bool, error) {',
        '\t\tswitch key {',
        '\t\tcase "x":',
        '\t\t\tr.X, err = assayDecodeInt(p)',
        '\t\tcase "y_pos":',
        '\t\t\tr.YPos, err = assayDecodeNullable(assayDecodeFloat)(p)',
        '\t\tdefault:',
        '\t\t\treturn false, nil',
        '\t\t}',
        '\t\treturn true, err',
        '\t})',
        '\treturn r, err',
        '}',
      ].join('\n'),
    );
  });
});
