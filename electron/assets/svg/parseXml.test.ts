import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxError } from './parseXml';

describe('the strict XML reader', () => {
  it('reads elements, attributes, text, CDATA and the predefined and numeric entities', () => {
    const root = parseXml('<?xml version="1.0"?><!-- made by hand --><svg a="1 &amp; 2" b=\'&#x41;&#66;\'><text>x &lt; y</text><style><![CDATA[a > b {}]]></style></svg>');
    expect(root).toEqual({
      type: 'element',
      name: 'svg',
      attributes: [['a', '1 & 2'], ['b', 'AB']],
      children: [
        { type: 'element', name: 'text', attributes: [], children: [{ type: 'text', text: 'x < y' }] },
        { type: 'element', name: 'style', attributes: [], children: [{ type: 'text', text: 'a > b {}' }] },
      ],
    });
  });

  it.each([
    ['<svg><g></svg>', /closes <g>/],
    ['<svg>', /not closed/],
    ['<svg a=1/>', /must be quoted/],
    ['<svg a="1" a="2"/>', /given twice/],
    ['<svg>&nbsp;</svg>', /not defined/],
    ['<svg>&#0;</svg>', /no character/],
    ['<svg/><svg/>', /second root/],
    ['<!DOCTYPE svg><svg/>', /DOCTYPE/],
    ['text<svg/>', /outside the root/],
    ['', /no root/],
    [`${'<g>'.repeat(300)}${'</g>'.repeat(300)}`, /nest deeper/],
  ])('refuses %s', (source, message) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    expect(() => parseXml(source)).toThrow(message);
  });
});
