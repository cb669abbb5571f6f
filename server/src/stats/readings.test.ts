import { readAlpha, readIcc, readKappa } from './readings';

describe('plain-language readings', () => {
  it.each([
    [-0.2, 'poor'],
    [0.499, 'poor'],
    [0.5, 'moderate'],
    [0.749, 'moderate'],
    [0.75, 'good'],
    [0.9, 'good'],
    [0.901, 'excellent'],
    [null, 'undefined'],
  ])('ICC %s reads %s (Koo & Li 2016)', (value, band) => {
    expect(readIcc(value).band).toBe(band);
  });

  it.each([
    [0.5, 'unreliable'],
    [0.666, 'unreliable'],
    [0.667, 'tentative'],
    [0.799, 'tentative'],
    [0.8, 'reliable'],
    [null, 'undefined'],
  ])('alpha %s reads %s (Krippendorff)', (value, band) => {
    expect(readAlpha(value).band).toBe(band);
  });

  it.each([
    [-0.01, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.21, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.81, 'almost_perfect'],
    [1, 'almost_perfect'],
  ])('kappa %s reads %s (Landis & Koch 1977)', (value, band) => {
    expect(readKappa(value).band).toBe(band);
  });

  it('names the source in the sentence an admin reads', () => {
    expect(readIcc(0.8).text).toBe('good reliability (Koo & Li 2016: 0.75 to 0.9)');
  });
});

describe('band edges', () => {
  it('apply to the figure as shown (3 decimals), so a computed 0.4000000000000001 is still fair and 0.7996 (shown 0.800) reliable', () => {
    expect(readKappa(0.4000000000000001).band).toBe('fair');
    expect(readAlpha(0.7996).band).toBe('reliable');
    expect(readAlpha(0.7994).band).toBe('tentative');
  });
});
