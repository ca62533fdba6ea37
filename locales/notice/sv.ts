import type { NoticeMessages } from './messages.js';

export const sv: NoticeMessages = {
  title: 'Dataskyddsbeskrivning',
  updated: 'Uppdaterad',
  contents: 'Innehåll',
  openAll: 'Öppna alla avsnitt',
  closeAll: 'Stäng alla avsnitt',
  headings: {
    controller: 'Personuppgiftsansvarig',
    contact: 'Kontaktperson och dataskyddsombud',
    register: 'Registrets namn',
    purposes: 'Ändamål och rättslig grund',
    dataCategories: 'Personuppgifter som behandlas',
    sources: 'Uppgiftskällor',
    recipients: 'Mottagare och utlämnande',
    transfers: 'Överföringar utanför EU/EES',
    retention: 'Lagringstid',
    security: 'Skydd av uppgifterna',
    cookies: 'Cookies',
    automatedDecisions: 'Automatiserat beslutsfattande och profilering',
    rights: 'Dina rättigheter',
    complaint: 'Klagomål till tillsynsmyndigheten',
    changes: 'Ändringar',
  },
  party: {
    businessId: 'FO-nummer',
    address: 'Adress',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
  },
  purposes: {
    purpose: 'Ändamål',
    basis: 'Rättslig grund',
    bases: {
      consent: { name: 'Samtycke', article: 'dataskyddsförordningen, artikel 6.1 a' },
      contract: { name: 'Avtal', article: 'dataskyddsförordningen, artikel 6.1 b' },
      'legal-obligation': { name: 'Rättslig förpliktelse', article: 'dataskyddsförordningen, artikel 6.1 c' },
      'vital-interests': { name: 'Grundläggande intressen', article: 'dataskyddsförordningen, artikel 6.1 d' },
      'public-task': { name: 'Uppgift av allmänt intresse eller myndighetsutövning', article: 'dataskyddsförordningen, artikel 6.1 e' },
      'legitimate-interests': { name: 'Berättigat intresse', article: 'dataskyddsförordningen, artikel 6.1 f' },
    },
  },
  security: {
    manual: 'Manuellt material',
    electronic: 'Elektroniskt behandlade uppgifter',
  },
  cookies: {
    standard: [
      'Cookies är små textfiler som en webbplats sparar i din webbläsare. Med dem kan webbplatsen till exempel komma ihåg dina val och känna igen samma webbläsare när du kommer tillbaka.',
      'Nödvändiga cookies används alltid, eftersom webbplatsen inte fungerar utan dem. Andra cookies tar vi i bruk bara om du samtycker till dem. Du kan ändra ditt val eller återkalla ditt samtycke när som helst i cookieinställningarna, lika enkelt som du gav det.',
    ],
    analytics: [
      { subheading: 'Google Analytics' },
      'Om du tillåter analys använder vi Google Analytics för besöksstatistik. Google Analytics samlar in uppgifter om hur webbplatsen används: till exempel vilka sidor som visas, när och hur länge, varifrån besökarna kommer, uppgifter om enhet och webbläsare samt en ungefärlig plats som härleds ur IP-adressen. Tjänsten känner igen samma webbläsare med hjälp av cookies.',
      'Tjänsten tillhandahålls av Google Ireland Ltd. Uppgifterna kan också behandlas utanför EU och EES, till exempel i USA.',
    ],
    demographics: [
      { subheading: 'Demografi och reklam (Google-signaler)' },
      'Om du också tillåter demografi och reklam tar vi i bruk Google-signaler. Då kopplar Google besöken till uppgifter om användare av Google-konton som har tillåtit anpassade annonser, och vi ser sammanställda uppskattningar av besökarnas ålder, kön och intressen. Vi ser uppgifterna endast som statistik, aldrig om en enskild besökare. Google kan också använda besöksuppgifterna för att anpassa annonser.',
    ],
    googleControls: [
      { p: ['Annonsinställningarna för ditt Google-konto, till exempel anpassade annonser, hanterar du på ', { href: 'https://adssettings.google.com', text: 'adssettings.google.com' }, '.'] },
      { p: ['Du kan blockera Google Analytics på alla webbplatser med Googles webbläsartillägg: ', { href: 'https://tools.google.com/dlpage/gaoptout', text: 'tillägget för att välja bort Google Analytics' }, '.'] },
    ],
    privacyPolicy: 'Leverantörens integritetspolicy',
    openSettings: 'Öppna cookieinställningarna',
  },
  automatedNone: [
    'Vi fattar inga automatiserade beslut utifrån dina personuppgifter som har rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad, och vi profilerar dig inte för sådana beslut.',
  ],
  rights: [
    'Enligt dataskyddsförordningen har du följande rättigheter:',
    {
      list: [
        'Rätt till tillgång: du kan fråga om vi behandlar dina personuppgifter och få en kopia av dem.',
        'Rätt till rättelse: du kan begära att vi rättar felaktiga uppgifter och kompletterar ofullständiga uppgifter.',
        'Rätt till radering: du kan begära att vi raderar dina uppgifter, till exempel när de inte längre behövs för det ändamål för vilket de samlades in, eller när du återkallar ditt samtycke. Uppgifter som vi enligt lag måste spara kan vi inte radera.',
        'Rätt till begränsning av behandling: du kan begära att vi begränsar behandlingen av dina uppgifter, till exempel medan vi kontrollerar om de är riktiga.',
        'Rätt att invända: av skäl som gäller din särskilda situation kan du invända mot behandling som grundar sig på berättigat intresse. Mot direktmarknadsföring kan du invända när som helst.',
        'Rätt till dataportabilitet: när behandlingen grundar sig på samtycke eller avtal och sker automatiserat kan du få de uppgifter du själv har lämnat i ett strukturerat, allmänt använt och maskinläsbart format och överföra dem till en annan personuppgiftsansvarig.',
        'Rätt att återkalla samtycke: när behandlingen grundar sig på ditt samtycke kan du återkalla det när som helst. Återkallelsen påverkar inte lagligheten av behandlingen innan dess.',
      ],
    },
    'Skicka din begäran till den personuppgiftsansvarige på kontaktuppgifterna i denna beskrivning. Vi kan be dig styrka din identitet. Vi svarar utan onödigt dröjsmål och senast inom en månad. Om begäran är komplicerad eller om det finns många begäranden kan tiden förlängas med högst två månader; i så fall meddelar vi dig.',
  ],
  complaint: [
    'Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsbestämmelserna har du rätt att lämna in ett klagomål till en tillsynsmyndighet. I Finland är tillsynsmyndigheten dataombudsmannen. Du kan också klaga i den EU-medlemsstat där du bor eller arbetar eller där den påstådda överträdelsen har skett.',
    {
      list: [
        ['Dataombudsmannens byrå (', { fi: 'Tietosuojavaltuutetun toimisto' }, ')'],
        'Besöksadress: Lintulahdenkuja 4, 00530 Helsinki',
        'Postadress: PL 800, 00531 Helsinki',
        ['E-post: ', { href: 'mailto:tietosuoja@om.fi' }],
        ['Växel: ', { href: 'tel:+358295666700', text: '029 566 6700' }],
        ['Webbplats: ', { href: 'https://tietosuoja.fi', text: 'tietosuoja.fi' }],
      ],
    },
  ],
};
