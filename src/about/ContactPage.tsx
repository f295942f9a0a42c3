import { CONTACT } from '../text/about';
import { MAINTAINER } from '../text/maintainer';
import { useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import './aboutPages.css';

/**
 * "#/contact": who maintains the tool (from src/text/maintainer.ts, which says plainly while it
 * holds placeholder values) and who answers questions about the scheme itself (its executor).
 */
export function ContactPage() {
  useDocumentTitle(CONTACT.title);
  const { executor } = useScheme();
  return (
    <article className="about-page">
      <PageHeading>{CONTACT.title}</PageHeading>
      {MAINTAINER.placeholder && (
        <div className="notice notice--warning">
          <p>{CONTACT.placeholderNotice}</p>
        </div>
      )}
      <h2>{CONTACT.maintainerHeading}</h2>
      <p>{CONTACT.maintainer}</p>
      <dl className="about-page__contact">
        <dt>{CONTACT.email}</dt>
        <dd>
          <a href={`mailto:${MAINTAINER.email}`}>{MAINTAINER.email}</a>
        </dd>
      </dl>
      <p>{CONTACT.responseTime}</p>
      <p>{CONTACT.about}</p>
      <h2>{CONTACT.schemeHeading}</h2>
      <p>{CONTACT.scheme(`${executor.fullName} (${executor.name})`)}</p>
      <p>
        <a href={executor.url} target="_blank" rel="noopener noreferrer">
          {CONTACT.schemeLink(executor.name)}
        </a>
      </p>
    </article>
  );
}
