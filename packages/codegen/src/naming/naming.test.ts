import { describe, expect, it } from 'vitest';
import { Namer, RESERVED_IDENTIFIERS, lowerFirst, safeName } from './Namer';
import { camelCase, kebabCase, oneLine, pascalCase, words } from './words';

describe('words', () => {
  it('splits names people write into ASCII words', () => {
    expect(words('Place Order')).toEqual(['place', 'order']);
    expect(words('placeOrder')).toEqual(['place', 'order']);
    expect(words('HTTPServer ready')).toEqual(['http', 'server', 'ready']);
    expect(words('Commande passée')).toEqual(['commande', 'passee']);
    expect(words('Straße')).toEqual(['strasse']);
    expect(words('../../etc/passwd')).toEqual(['etc', 'passwd']);
    expect(words('🚀 "quoted"\nline')).toEqual(['rocket', 'quoted', 'line']);
    expect(words('예약 생성')).toEqual(['yeyak', 'saengseong']);
    expect(words('日本語')).toEqual(['ri', 'ben', 'yu']);
    expect(words('\u0915\u093e')).toEqual([]);
  });

  it('cases words', () => {
    expect(pascalCase('place order')).toBe('PlaceOrder');
    expect(camelCase('Place Order')).toBe('placeOrder');
    expect(kebabCase('Place  Order!')).toBe('place-order');
    expect(oneLine(' a\n\tb\u202e c ')).toBe('a b c');
  });
});

describe('safeName', () => {
  it('falls back when nothing usable is left and never starts with a digit', () => {
    expect(safeName('\u0915\u093e', 'pascal', 'command')).toBe('Command');
    expect(safeName('🎉🎉', 'pascal', 'command')).toBe('TadaTada');
    expect(safeName('', 'camel', 'read model')).toBe('readModel');
    expect(safeName('2FA Setup', 'pascal', 'command')).toBe('Command2FaSetup');
    expect(safeName('...', 'kebab', '')).toBe('item');
  });

  it('puts the role word before reserved words, and says so', () => {
    const heard: string[] = [];
    const sink = (reserved: string, renamed: string) => heard.push(`${reserved}->${renamed}`);
    expect(safeName('delete', 'camel', 'command', sink)).toBe('commandDelete');
    expect(safeName('Promise', 'pascal', 'aggregate', sink)).toBe('AggregatePromise');
    expect(safeName('Default', 'pascal', 'command', sink)).toBe('CommandDefault');
    expect(safeName('constructor', 'prop', 'field', sink)).toBe('fieldConstructor');
    expect(safeName('to string', 'prop', 'field', sink)).toBe('fieldToString');
    expect(heard).toEqual(['delete->commandDelete', 'Promise->AggregatePromise', 'Default->CommandDefault', 'constructor->fieldConstructor', 'toString->fieldToString']);
    expect(safeName('class', 'prop', 'field', sink)).toBe('class');
    expect(safeName('con', 'kebab', 'x')).toBe('con-x');
    expect(lowerFirst('Default')).toBe('default_');
  });

  it('always gives an identifier', () => {
    for (const text of ['__proto__', 'constructor', 'a'.repeat(500), '\ud800', 'x-y z', 'ÆØÅ']) {
      for (const casing of ['pascal', 'camel'] as const) {
        const name = safeName(text, casing, 'thing');
        expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
        expect(RESERVED_IDENTIFIERS.has(name)).toBe(false);
        expect(name.length).toBeLessThanOrEqual(61);
      }
    }
  });
});

describe('Namer', () => {
  it('hands out unique names, case-insensitively', () => {
    const namer = new Namer(['Money']);
    expect(namer.name('order', 'pascal', 'x')).toBe('Order');
    expect(namer.name('ORDER', 'pascal', 'x')).toBe('Order2');
    expect(namer.name('money', 'pascal', 'x')).toBe('Money2');
    expect(namer.unique('v1')).toBe('v1');
    expect(namer.unique('v1')).toBe('v1_2');
  });

  it('reserves families so derived names cannot clash', () => {
    const namer = new Namer();
    expect(namer.family('Place Order Request', 'x', [])).toBe('PlaceOrderRequest');
    expect(namer.family('Place Order', 'x', ['Request'])).toBe('PlaceOrder2');
    expect(namer.isTaken('placeorder2request')).toBe(true);
  });
});
