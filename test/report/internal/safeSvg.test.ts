import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../src/report/barChartSvg.js';
import { safeInlineSvg } from '../../../src/report/internal/safeSvg.js';
import { lineChartSvg } from '../../../src/report/lineChartSvg.js';

describe('safeInlineSvg', () => {
  it('accepts our charts and drops the xmlns declaration', () => {
    const svg = barChartSvg({ title: '<b>"x"</b>', labels: ['a'], values: [1] });
    const inline = safeInlineSvg(svg);
    expect(inline).toBe(svg.replace(' xmlns="http://www.w3.org/2000/svg"', ''));
    expect(
      safeInlineSvg(
        lineChartSvg({ title: 't', labels: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] }),
      ),
    ).toBeDefined();
  });

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<svg><rect onload="alert(1)"/></svg>'],
    ['a link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['a remote image', '<svg><image href="https://evil.example/x.png"/></svg>'],
    ['a url() paint', '<svg><rect fill="url(https://evil.example/#g)"/></svg>'],
    ['a style element', '<svg><style>@import "x"</style></svg>'],
    ['foreignObject', '<svg><foreignObject><div>x</div></foreignObject></svg>'],
    ['HTML after the picture', '<svg></svg><img src=x onerror=alert(1)>'],
    ['a comment', '<svg><!-- x --></svg>'],
    ['an unquoted attribute', '<svg><rect width=3/></svg>'],
    ['not SVG', '<div>hi</div>'],
    ['a character reference in an attribute', '<svg><rect fill="&#117;rl(#g)"/></svg>'],
    ['an address in an attribute', '<svg><rect fill="https://evil.example/x"/></svg>'],
    ['another namespace', '<svg xmlns="https://evil.example/ns"></svg>'],
    ['a processing instruction', '<svg><?xml-stylesheet href="x"?></svg>'],
  ])('refuses %s', (_, svg) => {
    expect(safeInlineSvg(svg)).toBeUndefined();
  });

  it('keeps text that mentions an address or a character reference: text between tags is only shown', () => {
    const svg =
      '<svg><title>![i](https://evil.example/x.png) &#106;</title><text x="1">see http://x.example</text></svg>';
    expect(safeInlineSvg(svg)).toBe(svg);
  });
});
