// The newcomer's feedback page (/kaart/feedback/<token>) in the languages newcomers read.
// Dutch and English are the product's own; the others are machine translations that no
// native speaker has reviewed yet (`reviewed: null`): the page says so, in that language.
// When a reviewer checks one, record who and when here.

export type FeedbackLanguage = "nl" | "en" | "ar" | "ti" | "prs" | "fa" | "so" | "kmr" | "ckb" | "tr" | "uk";

export interface FeedbackTexts {
  /** The language's own name, for the picker. */
  name: string;
  dir: "ltr" | "rtl";
  /** ISO 639-3, as the registry stores languages (the summaries count answers per language). */
  iso639_3: string;
  reviewed: { by: string; on: string } | null;
  title: string;
  intro: string;
  questions: { HELPFUL: string; FELT_SAFE: string; UNDERSTOOD: string; WOULD_RECOMMEND: string };
  answers: { YES: string; PARTLY: string; NO: string };
  send: string;
  thanks: string;
  answered: string;
  expired: string;
  invalid: string;
  unreviewed: string;
  failed: string;
  unanswered: string;
  language: string;
}

export const FEEDBACK_TEXTS: Record<FeedbackLanguage, FeedbackTexts> = {
  nl: {
    name: "Nederlands",
    dir: "ltr",
    iso639_3: "nld",
    reviewed: { by: "Sleutelkaart", on: "2026-12-07" },
    title: "Hoe was de steun?",
    intro: "Uw antwoorden zijn anoniem: we vragen niet uw naam, en de sleutelpersoon ziet niet wat u antwoordt.",
    questions: {
      HELPFUL: "Heeft de steun van de sleutelpersoon u geholpen?",
      FELT_SAFE: "Voelde u zich veilig bij de sleutelpersoon?",
      UNDERSTOOD: "Voelde u zich begrepen?",
      WOULD_RECOMMEND: "Zou u de sleutelpersoon aanraden aan anderen?",
    },
    answers: { YES: "Ja", PARTLY: "Een beetje", NO: "Nee" },
    send: "Versturen",
    thanks: "Dank u wel. Uw antwoorden zijn anoniem.",
    answered: "Deze link is al gebruikt.",
    expired: "Deze link is verlopen.",
    invalid: "Deze link klopt niet.",
    unreviewed: "",
    failed: "Er ging iets mis. Probeer het opnieuw.",
    unanswered: "Beantwoord alle vier de vragen.",
    language: "Taal",
  },
  en: {
    name: "English",
    dir: "ltr",
    iso639_3: "eng",
    reviewed: { by: "Sleutelkaart", on: "2026-12-07" },
    title: "How was the support?",
    intro: "Your answers are anonymous: we do not ask your name, and the key person does not see what you answer.",
    questions: {
      HELPFUL: "Did the key person's support help you?",
      FELT_SAFE: "Did you feel safe with the key person?",
      UNDERSTOOD: "Did you feel understood?",
      WOULD_RECOMMEND: "Would you recommend the key person to others?",
    },
    answers: { YES: "Yes", PARTLY: "A little", NO: "No" },
    send: "Send",
    thanks: "Thank you. Your answers are anonymous.",
    answered: "This link has been used already.",
    expired: "This link has expired.",
    invalid: "This link is not right.",
    unreviewed: "",
    failed: "Something went wrong. Please try again.",
    unanswered: "Please answer all four questions.",
    language: "Language",
  },
  ar: {
    name: "العربية",
    dir: "rtl",
    iso639_3: "ara",
    reviewed: null,
    title: "كيف كان الدعم؟",
    intro: "إجاباتك مجهولة الهوية: لا نسألك عن اسمك، ولا يرى الشخص الداعم ما تجيب به.",
    questions: {
      HELPFUL: "هل ساعدك دعم الشخص الداعم؟",
      FELT_SAFE: "هل شعرت بالأمان مع الشخص الداعم؟",
      UNDERSTOOD: "هل شعرت بأنك مفهوم؟",
      WOULD_RECOMMEND: "هل تنصح الآخرين بالشخص الداعم؟",
    },
    answers: { YES: "نعم", PARTLY: "إلى حد ما", NO: "لا" },
    send: "إرسال",
    thanks: "شكرًا لك. إجاباتك مجهولة الهوية.",
    answered: "تم استخدام هذا الرابط من قبل.",
    expired: "انتهت صلاحية هذا الرابط.",
    invalid: "هذا الرابط غير صحيح.",
    unreviewed: "هذه ترجمة آلية لم يراجعها متحدث أصلي بعد.",
    failed: "حدث خطأ. يرجى المحاولة مرة أخرى.",
    unanswered: "يرجى الإجابة عن الأسئلة الأربعة كلها.",
    language: "اللغة",
  },
  ti: {
    name: "ትግርኛ",
    dir: "ltr",
    iso639_3: "tir",
    reviewed: null,
    title: "እቲ ደገፍ ከመይ ነይሩ?",
    intro: "መልስታትኩም ስም ዘይብሉ እዩ፡ ስምኩም ኣይንሓትትን፡ እቲ ደጋፊ ሰብ ከኣ መልስታትኩም ኣይርእን።",
    questions: {
      HELPFUL: "ደገፍ እቲ ደጋፊ ሰብ ሓጊዙኩም ድዩ?",
      FELT_SAFE: "ምስቲ ደጋፊ ሰብ ውሑስ ኮይኑ ተሰሚዑኩም ድዩ?",
      UNDERSTOOD: "ከም ዝተረድኡኹም ተሰሚዑኩም ድዩ?",
      WOULD_RECOMMEND: "ነቲ ደጋፊ ሰብ ንኻልኦት ምመኸርኩምዎ ዶ?",
    },
    answers: { YES: "እወ", PARTLY: "ብኸፊል", NO: "ኣይፋል" },
    send: "ስደድ",
    thanks: "የቐንየልና። መልስታትኩም ስም ዘይብሉ እዩ።",
    answered: "እዚ መላግቦ ድሮ ተጠቒምሉ እዩ።",
    expired: "ግዜ እዚ መላግቦ ሓሊፉ እዩ።",
    invalid: "እዚ መላግቦ ቅኑዕ ኣይኮነን።",
    unreviewed: "እዚ ትርጉም ብማሽን ዝተሰርሐ እዩ፡ ገና ብዋና ተዛራቢ ቋንቋ ኣይተመርመረን።",
    failed: "ጌጋ ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።",
    unanswered: "በጃኹም ንኹለን ኣርባዕተ ሕቶታት መልሱ።",
    language: "ቋንቋ",
  },
  prs: {
    name: "دری",
    dir: "rtl",
    iso639_3: "prs",
    reviewed: null,
    title: "حمایت چطور بود؟",
    intro: "پاسخ‌های شما بی‌نام است: نام شما را نمی‌پرسیم و شخص حمایت‌کننده پاسخ‌های شما را نمی‌بیند.",
    questions: {
      HELPFUL: "آیا حمایت شخص حمایت‌کننده به شما کمک کرد؟",
      FELT_SAFE: "آیا با شخص حمایت‌کننده احساس امنیت کردید؟",
      UNDERSTOOD: "آیا احساس کردید که شما را درک کردند؟",
      WOULD_RECOMMEND: "آیا این شخص حمایت‌کننده را به دیگران توصیه می‌کنید؟",
    },
    answers: { YES: "بلی", PARTLY: "تا حدی", NO: "نخیر" },
    send: "ارسال",
    thanks: "تشکر. پاسخ‌های شما بی‌نام است.",
    answered: "از این لینک قبلاً استفاده شده است.",
    expired: "این لینک منقضی شده است.",
    invalid: "این لینک درست نیست.",
    unreviewed: "این ترجمه ماشینی است و هنوز توسط یک گوینده بومی بررسی نشده است.",
    failed: "مشکلی پیش آمد. لطفاً دوباره کوشش کنید.",
    unanswered: "لطفاً به هر چهار سؤال پاسخ دهید.",
    language: "زبان",
  },
  fa: {
    name: "فارسی",
    dir: "rtl",
    iso639_3: "pes",
    reviewed: null,
    title: "حمایت چطور بود؟",
    intro: "پاسخ‌های شما ناشناس است: نام شما را نمی‌پرسیم و فرد حمایت‌کننده پاسخ‌های شما را نمی‌بیند.",
    questions: {
      HELPFUL: "آیا حمایت فرد حمایت‌کننده به شما کمک کرد؟",
      FELT_SAFE: "آیا کنار فرد حمایت‌کننده احساس امنیت کردید؟",
      UNDERSTOOD: "آیا احساس کردید که شما را درک کردند؟",
      WOULD_RECOMMEND: "آیا این فرد حمایت‌کننده را به دیگران توصیه می‌کنید؟",
    },
    answers: { YES: "بله", PARTLY: "تا حدی", NO: "نه" },
    send: "ارسال",
    thanks: "متشکریم. پاسخ‌های شما ناشناس است.",
    answered: "از این پیوند قبلاً استفاده شده است.",
    expired: "این پیوند منقضی شده است.",
    invalid: "این پیوند درست نیست.",
    unreviewed: "این ترجمه ماشینی است و هنوز یک گویشور بومی آن را بررسی نکرده است.",
    failed: "مشکلی پیش آمد. لطفاً دوباره تلاش کنید.",
    unanswered: "لطفاً به هر چهار پرسش پاسخ دهید.",
    language: "زبان",
  },
  so: {
    name: "Soomaali",
    dir: "ltr",
    iso639_3: "som",
    reviewed: null,
    title: "Taageeradu sidee ayay ahayd?",
    intro: "Jawaabahaagu waa qarsoodi: magacaaga ma weydiinno, qofka ku taageeray-na ma arko waxaad ka jawaabtay.",
    questions: {
      HELPFUL: "Taageerada qofka ku taageeray ma ku caawisay?",
      FELT_SAFE: "Ma dareentay ammaan markaad la joogtay qofka ku taageeray?",
      UNDERSTOOD: "Ma dareentay in lagu fahmay?",
      WOULD_RECOMMEND: "Ma kula talin lahayd dadka kale qofkan ku taageeray?",
    },
    answers: { YES: "Haa", PARTLY: "Qayb ahaan", NO: "Maya" },
    send: "Dir",
    thanks: "Mahadsanid. Jawaabahaagu waa qarsoodi.",
    answered: "Linkigan hore ayaa loo isticmaalay.",
    expired: "Linkigan waqtigiisii wuu dhacay.",
    invalid: "Linkigan sax ma aha.",
    unreviewed: "Turjumaaddan waxaa sameeyay mashiin; weli ma eegin qof afka hooyo u ah.",
    failed: "Khalad ayaa dhacay. Fadlan mar kale isku day.",
    unanswered: "Fadlan ka jawaab dhammaan afarta su'aalood.",
    language: "Luqadda",
  },
  kmr: {
    name: "Kurmancî",
    dir: "ltr",
    iso639_3: "kmr",
    reviewed: null,
    title: "Piştgirî çawa bû?",
    intro: "Bersivên te bênav in: em navê te napirsin û kesê piştgir nabîne tu çi bersiv didî.",
    questions: {
      HELPFUL: "Piştgiriya kesê piştgir alîkariya te kir?",
      FELT_SAFE: "Te xwe li cem kesê piştgir ewle hîs kir?",
      UNDERSTOOD: "Te hîs kir ku tu hatî fêmkirin?",
      WOULD_RECOMMEND: "Tu kesê piştgir ji kesên din re pêşniyar dikî?",
    },
    answers: { YES: "Erê", PARTLY: "Hinekî", NO: "Na" },
    send: "Bişîne",
    thanks: "Spas. Bersivên te bênav in.",
    answered: "Ev girêdan berê hatiye bikaranîn.",
    expired: "Dema vê girêdanê derbas bûye.",
    invalid: "Ev girêdan ne rast e.",
    unreviewed: "Ev werger bi makîneyê hatiye kirin û hê axêverekî zikmakî lê nenêrîye.",
    failed: "Çewtiyek çêbû. Ji kerema xwe dîsa biceribîne.",
    unanswered: "Ji kerema xwe bersiva her çar pirsan bide.",
    language: "Ziman",
  },
  ckb: {
    name: "کوردیی ناوەندی",
    dir: "rtl",
    iso639_3: "ckb",
    reviewed: null,
    title: "پشتگیرییەکە چۆن بوو؟",
    intro: "وەڵامەکانت بێناون: ناوت ناپرسین و کەسی پشتگیر نابینێت چی وەڵام دەدەیتەوە.",
    questions: {
      HELPFUL: "ئایا پشتگیریی کەسی پشتگیر یارمەتیی دایت؟",
      FELT_SAFE: "ئایا لەگەڵ کەسی پشتگیر هەستت بە ئاسایش کرد؟",
      UNDERSTOOD: "ئایا هەستت کرد کە لێت تێگەیشتن؟",
      WOULD_RECOMMEND: "ئایا کەسی پشتگیر بە کەسانی تر پێشنیار دەکەیت؟",
    },
    answers: { YES: "بەڵێ", PARTLY: "تا ڕادەیەک", NO: "نەخێر" },
    send: "ناردن",
    thanks: "سوپاس. وەڵامەکانت بێناون.",
    answered: "ئەم بەستەرە پێشتر بەکارهاتووە.",
    expired: "ماوەی ئەم بەستەرە بەسەرچووە.",
    invalid: "ئەم بەستەرە دروست نییە.",
    unreviewed: "ئەم وەرگێڕانە بە ئامێر کراوە و هێشتا قسەکەرێکی زگماک پێیدا نەچووەتەوە.",
    failed: "هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە.",
    unanswered: "تکایە وەڵامی هەر چوار پرسیارەکە بدەرەوە.",
    language: "زمان",
  },
  tr: {
    name: "Türkçe",
    dir: "ltr",
    iso639_3: "tur",
    reviewed: null,
    title: "Destek nasıldı?",
    intro: "Yanıtlarınız anonimdir: adınızı sormuyoruz ve size destek veren kişi ne yanıtladığınızı göremez.",
    questions: {
      HELPFUL: "Destek veren kişinin desteği size yardımcı oldu mu?",
      FELT_SAFE: "Destek veren kişinin yanında kendinizi güvende hissettiniz mi?",
      UNDERSTOOD: "Anlaşıldığınızı hissettiniz mi?",
      WOULD_RECOMMEND: "Destek veren kişiyi başkalarına tavsiye eder misiniz?",
    },
    answers: { YES: "Evet", PARTLY: "Kısmen", NO: "Hayır" },
    send: "Gönder",
    thanks: "Teşekkür ederiz. Yanıtlarınız anonimdir.",
    answered: "Bu bağlantı daha önce kullanılmış.",
    expired: "Bu bağlantının süresi dolmuş.",
    invalid: "Bu bağlantı doğru değil.",
    unreviewed: "Bu bir makine çevirisidir; henüz anadili bu dil olan biri tarafından kontrol edilmedi.",
    failed: "Bir sorun oluştu. Lütfen tekrar deneyin.",
    unanswered: "Lütfen dört sorunun hepsini yanıtlayın.",
    language: "Dil",
  },
  uk: {
    name: "Українська",
    dir: "ltr",
    iso639_3: "ukr",
    reviewed: null,
    title: "Як пройшла підтримка?",
    intro: "Ваші відповіді анонімні: ми не питаємо вашого імені, і людина, яка вас підтримувала, не бачить ваших відповідей.",
    questions: {
      HELPFUL: "Чи допомогла вам підтримка?",
      FELT_SAFE: "Чи почувалися ви в безпеці з людиною, яка вас підтримувала?",
      UNDERSTOOD: "Чи відчували ви, що вас розуміють?",
      WOULD_RECOMMEND: "Чи порекомендували б ви цю людину іншим?",
    },
    answers: { YES: "Так", PARTLY: "Частково", NO: "Ні" },
    send: "Надіслати",
    thanks: "Дякуємо. Ваші відповіді анонімні.",
    answered: "Це посилання вже використано.",
    expired: "Термін дії цього посилання минув.",
    invalid: "Це посилання неправильне.",
    unreviewed: "Це машинний переклад; носій мови його ще не перевірив.",
    failed: "Сталася помилка. Спробуйте ще раз.",
    unanswered: "Будь ласка, дайте відповідь на всі чотири запитання.",
    language: "Мова",
  },
};

const ALIASES: Record<string, FeedbackLanguage> = {
  nld: "nl",
  dut: "nl",
  eng: "en",
  ara: "ar",
  arb: "ar",
  apc: "ar",
  acm: "ar",
  tir: "ti",
  fas: "fa",
  per: "fa",
  pes: "fa",
  som: "so",
  ku: "kmr",
  tur: "tr",
  ukr: "uk",
};

/** The page's language from `?lang=` (ISO 639-1 or 639-3): Dutch without one; English for one without a translation, as more newcomers read it. */
export function feedbackLanguage(code: string | null): FeedbackLanguage {
  const value = (code ?? "").trim().toLowerCase();
  if (!value) return "nl";
  if (value in FEEDBACK_TEXTS) return value as FeedbackLanguage;
  return ALIASES[value] ?? "en";
}
