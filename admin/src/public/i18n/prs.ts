import fa from "./fa";
import type { Translation } from "./types";

// Dari (Persian as written in Afghanistan): the Farsi texts with Dari words where they differ
// (ولسوالی/شاروالی, تلفون, …). Machine-made, not yet checked by a native speaker.
const prs: Translation = {
  ...fa,
  code: "prs",
  name: "دری",
  tag: "fa-AF",
  aliases: ["prs"],
  speaks: ["prs", "fas", "pes"],
  reviewed: null,
  texts: {
    ...fa.texts,
    // care services (issue 18)
    servicesTitle: "خدمات کمک",
    servicesIntro:
      "کمک از سازمان‌ها برای تازه‌واردان، مانند مراقبت پس از خشونت جنسی، داکتران خانواده و خطوط کمک. با همین فلترها: زبان (یا با ترجمان)، موضوع و جای.",
    servicesFound: (n: number) => (n === 1 ? "۱ خدمت" : `${n} خدمت`),
    noServices: "با این فلترها خدمتی پیدا نشد. اگر مطمئن نیستید، به شماره‌های سراسری بالا زنگ بزنید.",
    serviceNationwide: "سراسر هالند",
    serviceAnonymous: "بی‌نام",
    serviceInterpreters: "با ترجمان",
    serviceAfterContact: "بعد از تماس",
    serviceCosts: "هزینه‌ها",
    servicesOpenData: "این معلومات داده‌های باز است (HSDS 3.0):",
    emergency112Call: "به ۱۱۲ زنگ بزنید",
    municipality: "شاروالی",
    tableMunicipality: "شاروالی",
    tableProvince: "ولایت",
    locationUnsupported: "براوزر شما نمی‌تواند موقعیت تان را شریک سازد. یک شاروالی را انتخاب کنید.",
    locationDenied: "موقعیت شما شریک نشد. یک شاروالی را انتخاب کنید.",
    locationFailed: "موقعیت شما پیدا نشد. یک شاروالی را انتخاب کنید.",
    locationOutside: "موقعیت شما بیرون از هالند است. یک شاروالی را انتخاب کنید.",
    mapLabel:
      "نقشه هالند با تعداد افراد کلیدی در هر شاروالی. برای جستجو در یک شاروالی، روی آن کلیک کنید. همین معلومات در فهرست شاروالی‌ها و در جدول زیر نقشه هم است.",
    tableSummary: "جدول: افراد کلیدی در هر شاروالی",
    tableCaption: "شاروالی‌هایی که افراد کلیدی یا موسسه دارند، با فلترهای فعلی",
    tableEmpty: "برای این فلترها هیچ شاروالی با فرد کلیدی وجود ندارد.",
    tagline: "افراد کلیدی در هالند",
    intro:
      "افراد کلیدی کسانی آموزش‌دیده با پیشینه مهاجرت هستند. آن‌ها به تازه‌واردان کمک می‌کنند تا به زبان خود شان راه خود را در هالند پیدا کنند، به شمول خشونت جنسی و خشونت مبتنی بر جنسیت.",
    wholeCountry: "تمام هالند",
    inNetherlands: "در تمام هالند",
    phone: "زنگ زدن",
    email: "ایمیل",
    contact: "تماس",
    organisationsTitle: "موسسات",
    tableOrganisations: "موسسات",
    organisationsIntro: "موسساتی که به تازه‌واردان و افراد کلیدی کمک می‌کنند (نقشه اجتماعی).",
    organisationsFound: (n) => `${n} موسسه`,
    noOrganisations: "در این ساحه هیچ موسسه‌ای روی نقشه نیست.",
    noContact: "معلومات تماس عمومی نیست. از یک موسسه بخواهید شما را با آن‌ها در تماس بسازد.",
    kinds: {
      GGD: "صحت عامه (GGD)",
      MUNICIPALITY: "شاروالی",
      NGO: "موسسه غیرانتفاعی",
      CLINIC: "کلینیک صحی",
      RECEPTION_LOCATION: "مرکز پذیرش",
      OTHER: "موسسه",
    },
    console: "ورود برای افراد کلیدی و موسسات",
    unreviewed:
      "این ترجمه توسط کمپیوتر انجام شده و هنوز توسط کسی که زبان مادری‌اش دری است، بررسی نشده است. ممکن است بعضی جمله‌ها درست نباشند. در خطر، همیشه به ۱۱۲ زنگ بزنید.",
    remoteYes: "از طریق تلفون یا ویدیو هم کمک می‌کند",
    reach: "به این شاروالی‌ها می‌رود",
    replyPhone: "با تلفون",
    replyPhoneLabel: "شماره تلفون شما",
    replyBy: "فرد کلیدی چطور با شما تماس بگیرد؟",
    messageIntro:
      "پیام شما از طریق Sleutelkaart به فرد کلیدی می‌رسد. تنها او پیام و معلومات شما را می‌بیند؛ آدرس خود او پنهان می‌ماند. شماره دوسیه یا تاریخ تولد تان را ننویسید.",
  },
  expertise: {
    ...fa.expertise,
    HEALTHCARE_NAVIGATION: "آشنایی با خدمات صحی هالند",
    ASYLUM_PROCEDURE: "روند پناهندگی و حق اقامت",
    UNDOCUMENTED: "خدمات صحی و حقوق افراد بدون اسناد",
  },
  reasons: {
    ...fa.reasons,
    NOT_A_PHONE: "«%{value}» شماره تلفون نیست.",
  },
};

export default prs;
