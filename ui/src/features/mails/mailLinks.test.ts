import { describe, expect, it } from 'vitest';
import { extractLinks, htmlForFrame, toAppPath } from './mailLinks';

describe('mail links', () => {
  it('finds links in HTML and text, once each, and knows which are app pages', () => {
    const links = extractLinks({
      html: '<p><a href="http://localhost:8080/invitations/abc123">Accept</a> <a href="mailto:x@y.z">mail</a></p>',
      text: 'Accept: http://localhost:8080/invitations/abc123\nDocs: https://example.com/help.',
    });
    expect(links).toEqual([
      { href: 'http://localhost:8080/invitations/abc123', appPath: '/invitations/abc123' },
      { href: 'https://example.com/help', appPath: null },
    ]);
  });

  it('keeps the query of a reset link', () => {
    expect(toAppPath('https://app.example.com/reset-password?token=t-1')).toBe(
      '/reset-password?token=t-1',
    );
    expect(toAppPath('javascript:alert(1)')).toBeNull();
  });

  it('opens a course link on the student page, not the API', () => {
    expect(toAppPath('http://localhost:8080/learn/e1.sig')).toBe('/learn/e1.sig');
    expect(toAppPath('http://localhost:8080/api/courses/learn/e1.sig')).toBeNull();
  });

  it('makes links in the rendered HTML open in a new tab', () => {
    expect(htmlForFrame('<html><head><title>x</title></head><body>y</body></html>')).toContain(
      '<head><base target="_blank">',
    );
    expect(htmlForFrame('<p>plain</p>')).toContain('<body><p>plain</p></body>');
  });
});
