// The check's words in Swedish.
import type { CheckMessages } from './messages.js';

export const sv: CheckMessages = {
  heading: 'suostumus: att åtgärda på den här sidan: {count}',
  note: 'Du ser detta eftersom sidan finns på en utvecklingsvärd ({host}) eller dess script-tagg har data-debug. Besökare på den publicerade webbplatsen ser aldrig detta: där skriver suostumus raderna i webbläsarens konsol och startar inget som kräver samtycke.',
  close: 'Stäng',
  problems: {
    configInvalid: 'inställningarna (config) har fel: {count}, så inget som kräver samtycke startades. Rätta fälten nedan:',
    placeholder: '{path} är "{value}", exemplets platshållare. Ange ditt eget id: Google Analytics, Administratör > Dataströmmar (G-…), eller arbetsytan i Tag Manager (GTM-…).',
    universal: '{path} är "{value}", ett id för Universal Analytics. Universal Analytics upphörde i juli 2023: skapa en Google Analytics 4-egendom och använd dess mät-id (G-…).',
    container: '{path} är "{value}", ett behållar-id för Tag Manager. Flytta det till google.tagManagerId.',
    measurement: '{path} är "{value}", ett mät-id för Google Analytics. Flytta det till google.measurementId.',
    json: 'inställningarna i {where} är inte giltig JSON ({reason}), så inget som kräver samtycke startades.',
    jsonLine: 'Felet finns på rad {line} i {file}.',
    trailingComma: 'Rad {line}: ett kommatecken före } eller ]. JSON tillåter inget kommatecken efter sista posten: ta bort det.',
    singleQuote: 'Rad {line}: enkla citattecken. JSON kräver dubbla "så här".',
    comment: 'Rad {line}: en kommentar. JSON har inga kommentarer: ta bort den.',
    unquotedKey: 'Rad {line}: ett namn utan citattecken. Skriv "google": i stället för google:.',
    empty: 'inställningselementet <script id="suostumus-config"> är tomt; skriv {} för standardinställningarna. Inget som kräver samtycke startades.',
    configHttp: 'inställningarna kunde inte laddas från {url} (HTTP {status}); inget som kräver samtycke startades. Kontrollera adressen i data-config och att filen finns på servern.',
    configUnreachable: 'inställningarna kunde inte laddas från {url}; inget som kräver samtycke startades. Kontrollera adressen i data-config; en fil på en annan webbplats behöver rubriken Access-Control-Allow-Origin.',
    noConfig: 'inga inställningar hittades, så besökaren tillfrågas inte och Google Analytics startas inte. Lägg till <script type="application/json" id="suostumus-config">{ … }</script> på sidan.',
    wrongId: 'inställningselementet har id="{id}"; suostumus läser bara id="suostumus-config". Byt id.',
    googleTag: 'Googles egen tagg finns på sidan ({url}): den laddar Google före samtycke, vilket finsk lag förbjuder. Ta bort Googles kod från sidan: suostumus laddar Google Analytics själv när besökaren tillåter det.',
    googleTagGranted: 'Googles egen tagg finns också på sidan ({url}): för besökare som inte har tillåtit analys laddar den Google före samtycke. Ta bort Googles kod från sidan: suostumus laddar Google Analytics själv.',
    chunk: '{file} kunde inte laddas från {folder}, så en del av suostumus saknas. Kopiera varje suostumus*.js-fil i releasen bredvid suostumus.js.',
    chunkMissing: 'De här filerna saknas i {folder}: {files}. Kopiera dem bredvid suostumus.js.',
    crossOrigin: 'suostumus.js kommer från en annan webbplats ({origin}): dess filer behöver rubriken Access-Control-Allow-Origin: {page}.',
    noticeUrl: 'noticeUrl "{url}" svarar HTTP {status}: bannerns länk till dataskyddsbeskrivningen leder ingenstans. Ange sidans riktiga adress (på många värdar slutar den på .html).',
    unexpected: 'stannade: {reason}; inget som kräver samtycke startades.',
    cookieDomain: 'cookie.domain "{domain}" täcker inte den här värden ({host}): webbläsaren avvisar samtyckeskakan och besökaren tillfrågas igen på varje sida. Sätt cookie.domain till en domän för den här värden, eller utelämna den.',
  },
};
