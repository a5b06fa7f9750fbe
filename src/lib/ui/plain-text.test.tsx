import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MonoValue } from './breakable';
import { PlainText, SesMessage } from './plain-text';

describe('PlainText', () => {
  it('shows backticked values as <code> and keeps the sentence readable', () => {
    const { container } = render(
      <p>
        <PlainText text="Allows account 999999999999 to perform `ses:ListIdentities` when `ses:FromAddress` is set." />
      </p>,
    );
    const codes = [...container.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual(['ses:ListIdentities', 'ses:FromAddress']);
    expect(container.textContent).toBe(
      'Allows account 999999999999 to perform ses:ListIdentities when ses:FromAddress is set.',
    );
    expect(container.textContent).not.toContain('`');
    // The code may wrap after the colon, nowhere else.
    expect(container.querySelectorAll('code wbr')).toHaveLength(2);
  });

  it('renders hostile input inside and outside backticks as text, never as markup', () => {
    const { container } = render(
      <p>
        <PlainText text="from `<img src=x onerror=alert(1)>` and <b>bold</b> and `<script>alert(2)</script>`" />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const codes = [...container.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual(['<img src=x onerror=alert(1)>', '<script>alert(2)</script>']);
    expect(container.textContent).toContain('and <b>bold</b> and');
  });
});

describe('MonoValue', () => {
  it('allows a break only after : / @ ; and keeps the value whole as text', () => {
    const value = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
    const { container } = render(<MonoValue value={value} />);
    const span = container.querySelector('[data-mono-value]');
    expect(span?.textContent).toBe(value);
    expect(span?.querySelectorAll('wbr')).toHaveLength(6);
    // Every <wbr> follows a break character.
    for (const wbr of span?.querySelectorAll('wbr') ?? [])
      expect(wbr.previousSibling?.textContent?.slice(-1)).toMatch(/[:/@;]/);
  });

  it('shows hostile values as text', () => {
    const { container } = render(<MonoValue value="<img src=x onerror=alert(1)>@x" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>@x');
  });

  it('has a labelled copy button when asked for one', () => {
    const { getByRole } = render(
      <MonoValue value="arn:aws:ses:us-east-1:1:identity/a" copyLabel="Copy identity ARN" />,
    );
    expect(getByRole('button', { name: 'Copy identity ARN' })).toBeInTheDocument();
  });
});

describe('SesMessage', () => {
  it("shows SES's `quoted' parts as code, hostile ones as text, with a labelled copy button", () => {
    const message =
      "User `arn:aws:iam::999999999999:user/marketer' is not authorized to perform `ses:SendEmail' on resource `<img src=x onerror=alert(1)>'";
    const { container, getByRole } = render(<SesMessage text={message} copyLabel="Copy SES’s message" />);
    const codes = [...container.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual([
      'arn:aws:iam::999999999999:user/marketer',
      'ses:SendEmail',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).not.toContain('`');
    expect(getByRole('button', { name: 'Copy SES’s message' })).toBeInTheDocument();
  });
});
