// Options wiring: the tab shell over the registered sections; host permissions for the generic reader are
// asked here because the request needs the click's user gesture.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { SECTIONS } from '../../components/options/sections.ts';
import { setHostPermissionApi } from '../../components/options/SettingsSection.tsx';
import { pageSend } from '../../components/page-send.ts';
import '../../components/pages.css';

setHostPermissionApi({
  request: async (host) => {
    try {
      // https only: the manifest's optional host permissions allow plain http on localhost alone, and the
      // reader's registration (background/generic-reader.ts) matches https pages.
      return await browser.permissions.request({ origins: [`https://${host}/*`] });
    } catch {
      return false;
    }
  },
  has: (host) => browser.permissions.contains({ origins: [`https://${host}/*`] }),
});

render(
  <OptionsApp send={pageSend} sections={SECTIONS} initial={location.hash.slice(1)} />,
  document.getElementById('app')!,
);
