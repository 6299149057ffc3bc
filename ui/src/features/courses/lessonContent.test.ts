import { describe, expect, it } from 'vitest';
import { htmlBlocks, lessonBlocks, markdownBlocks, videoEmbedUrl } from './lessonContent';

describe('lesson text', () => {
  it('reads Markdown headings, lists, code and paragraphs with links', () => {
    expect(
      markdownBlocks(
        '# Light\nMorning light is soft.\nUse it.\n\n- one\n- [two](https://ex.am/ple)\n\n```\nf/2.8\n```',
      ),
    ).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Light' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Morning light is soft. Use it.' }] },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'text', text: 'one' }],
          [{ kind: 'link', text: 'two', href: 'https://ex.am/ple' }],
        ],
      },
      { kind: 'code', text: 'f/2.8' },
    ]);
  });

  it('never turns a javascript: link into a link', () => {
    expect(markdownBlocks('[click](javascript:alert(1))')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: '[click](javascript:alert(1))' }] },
    ]);
  });

  it('keeps only the text and http links of an HTML body', () => {
    const blocks = htmlBlocks(
      '<h2>Grip</h2><p onclick="x()">Both <strong>hands</strong> <a href="javascript:evil()">bad</a> <a href="https://ok.example">good</a></p><script>alert(1)</script><img src=x onerror=alert(1)><ul><li>left</li><li>right</li></ul>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, content: [{ kind: 'text', text: 'Grip' }] },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Both ' },
          { kind: 'text', text: 'hands' },
          { kind: 'text', text: ' ' },
          { kind: 'text', text: ' ' },
          { kind: 'link', text: 'good', href: 'https://ok.example' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'left' }], [{ kind: 'text', text: 'right' }]],
      },
    ]);
  });

  it('tells HTML from Markdown', () => {
    expect(lessonBlocks('<p>Hi</p>')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Hi' }] },
    ]);
    expect(lessonBlocks('1 < 2 and 3 > 2')[0]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: '1 < 2 and 3 > 2' }],
    });
  });
});

describe('video embeds', () => {
  it('embeds YouTube without its cookies and Vimeo in its player', () => {
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe(
      'https://player.vimeo.com/video/76979871',
    );
  });

  it('embeds nothing from other hosts, lookalikes or plain http', () => {
    expect(videoEmbedUrl('https://videos.example.com/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(videoEmbedUrl('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(videoEmbedUrl('http://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=<script>')).toBeNull();
    expect(videoEmbedUrl('not a url')).toBeNull();
  });
});
