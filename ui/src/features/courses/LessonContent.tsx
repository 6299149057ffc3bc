import { Fragment, useMemo } from 'react';
import { isWebLink, lessonBlocks, videoEmbedUrl, type Inline } from './lessonContent';

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A text lesson as structured text: nothing of it is ever injected as HTML. */
export function LessonText({ body }: { body: string }) {
  const blocks = useMemo(() => lessonBlocks(body), [body]);
  return (
    <div className="learn-text">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${block.level + 1}` as 'h3' | 'h4' | 'h5';
            return (
              <Heading key={index}>
                <Inlines parts={block.content} />
              </Heading>
            );
          }
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Inlines parts={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'code':
            return (
              <pre key={index}>
                <code>{block.text}</code>
              </pre>
            );
          default:
            return (
              <p key={index}>
                <Inlines parts={block.content} />
              </p>
            );
        }
      })}
    </div>
  );
}

/** A YouTube or Vimeo video plays in its privacy-minded player; any other address is a link. */
export function LessonVideo({ title, videoUrl }: { title: string; videoUrl: string }) {
  const embed = videoEmbedUrl(videoUrl);
  return (
    <div className="learn-video">
      {embed && (
        <div className="learn-video-frame">
          <iframe
            src={embed}
            title={`Video: ${title}`}
            allow="encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            loading="lazy"
          />
        </div>
      )}
      {isWebLink(videoUrl) ? (
        <p>
          <a href={videoUrl} target="_blank" rel="noopener noreferrer nofollow">
            {embed ? 'Open the video on its site' : 'Watch the video'}
          </a>
        </p>
      ) : (
        <p>The video address is not a web link: {videoUrl}</p>
      )}
    </div>
  );
}
