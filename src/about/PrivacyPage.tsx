import { href } from '../routes/hashRoute';
import { WIPE_DEVICE_TARGET } from '../routes/routeTable';
import { PRIVACY } from '../text/about';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import './aboutPages.css';

/** "#/privacy": what is stored where (this browser, the user's own files), that nothing is sent, and how to wipe it all. */
export function PrivacyPage() {
  useDocumentTitle(PRIVACY.title);
  return (
    <article className="about-page">
      <PageHeading>{PRIVACY.title}</PageHeading>
      <p className="lead">{PRIVACY.intro}</p>
      <h2>{PRIVACY.storedHeading}</h2>
      <ul>
        {PRIVACY.stored.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{PRIVACY.sentHeading}</h2>
      {PRIVACY.sent.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h2>{PRIVACY.wipeHeading}</h2>
      <p>{PRIVACY.wipe}</p>
      <p>
        <a href={href.page('drafts', { field: WIPE_DEVICE_TARGET })}>{PRIVACY.wipeLink}</a>
      </p>
      <p>{PRIVACY.wipeBrowser}</p>
      <h2>{PRIVACY.fromDiskHeading}</h2>
      <p>{PRIVACY.fromDisk}</p>
    </article>
  );
}
