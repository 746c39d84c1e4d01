import { describe, expect, it } from "vitest";
import { krippendorffAlphaOrdinal } from "./krippendorff";

describe("Krippendorff's alpha (ordinal)", () => {
  it.each([
    // Units (1,1) (1,2) (2,2): o11 = 2, o12 = o21 = 1, o22 = 2; n1 = n2 = 3, n = 6; delta^2(1,2) = (6 - 3)^2 = 9.
    // D_o = 2 * 9 = 18, D_e = 2 * 3 * 3 * 9 = 162, alpha = 1 - 5 * 18 / 162 = 4/9.
    [
      "two values",
      [
        [1, 1],
        [1, 2],
        [2, 2],
      ],
      4 / 9,
    ],
    // Units (1,2) (2,3) (1,3): every off-diagonal o = 1; n_c = 2; delta^2: (1,2) = (4-2)^2 = 4, (2,3) = 4, (1,3) = (6-2)^2 = 16.
    // D_o = 2 * (4 + 4 + 16) = 48, D_e = 2 * 4 * (4 + 4 + 16) = 192, alpha = 1 - 5 * 48 / 192 = -0.25.
    [
      "three values, all disagreeing",
      [
        [1, 2],
        [2, 3],
        [1, 3],
      ],
      -0.25,
    ],
    [
      "perfect agreement",
      [
        [1, 1, 1],
        [3, 3],
        [5, 5, 5],
      ],
      1,
    ],
    // Unpairable units (one value) are ignored: same as the first case.
    ["with unpairable units", [[1, 1], [1, 2], [2, 2], [4], []], 4 / 9],
    [
      "no variation at all",
      [
        [2, 2],
        [2, 2],
      ],
      Number.NaN,
    ],
  ])("%s", (_name, units, alpha) => {
    const result = krippendorffAlphaOrdinal(units);
    if (Number.isNaN(alpha)) expect(result).toBeNaN();
    else expect(result).toBeCloseTo(alpha, 10);
  });

  it("weights a unit of three raters by 1/(m-1)", () => {
    // Unit (1,1,2): ordered pairs 1-1 twice, 1-2 twice, 2-1 twice, each weighted 1/2 -> o11 = 1, o12 = o21 = 1.
    // Plus unit (2,2): o22 = 2. n1 = 2, n2 = 3, n = 5; delta^2 = (5 - 2.5)^2 = 6.25.
    // D_o = 2 * 6.25 = 12.5, D_e = 2 * 2 * 3 * 6.25 = 75, alpha = 1 - 4 * 12.5 / 75 = 1/3.
    expect(
      krippendorffAlphaOrdinal([
        [1, 1, 2],
        [2, 2],
      ]),
    ).toBeCloseTo(1 / 3, 10);
  });

  it("matches the published example (Krippendorff 2011, 4 coders, 12 units: ordinal alpha 0.815)", () => {
    const units = [
      [1, 1, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [5, 5, 5],
      [1, 1],
      [3],
    ];
    expect(krippendorffAlphaOrdinal(units)).toBeCloseTo(0.815, 3);
  });
});
