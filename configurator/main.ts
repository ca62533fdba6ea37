// The configurator page's entry: registers <suostumus-configurator> (configurator/app.ts).
import { SuostumusConfigurator } from './app.js';

customElements.define('suostumus-configurator', SuostumusConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'suostumus-configurator': SuostumusConfigurator;
  }
}
