import type { ReactNode } from 'react';
import { START } from '../text/nl';
import { SCHEME_INFO_LINK } from '../text/schemeInfoLink';
import { PageHeading } from '../shell/PageHeading';
import { href } from '../routes/hashRoute';

/** The top of the start page: its heading, what the wizard does, and the scheme in brief. */
export function StartIntro({ notice }: { notice?: ReactNode }) {
  return (
    <>
      <PageHeading>{START.title}</PageHeading>
      <p className="lead">{START.intro}</p>
      {notice}
      <p>
        <a href={href.page('schemeInfo')}>{SCHEME_INFO_LINK}</a>
      </p>
    </>
  );
}
