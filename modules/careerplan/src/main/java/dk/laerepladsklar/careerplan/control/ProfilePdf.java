package dk.laerepladsklar.careerplan.control;

import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.ProfileStrength;
import dk.laerepladsklar.kernel.pdf.PdfDocument;
import dk.laerepladsklar.kernel.pdf.XhtmlTemplate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one-page profile as a PDF a student hands a company, in Danish or English: the name they show, the trade and
 * area they seek in, the photo of their work (a JPEG or PNG; a film only the link can show), their strengths with an
 * example each, and how to reach them. Made from the profile entity only, which has no weaknesses or support needs to
 * print. Layout in {@code pdf/profile.xhtml}, words in the bundle.
 */
public final class ProfilePdf {

    private static final XhtmlTemplate TEMPLATE = XhtmlTemplate.resource(ProfilePdf.class,
            "/dk/laerepladsklar/careerplan/pdf/profile.xhtml");

    /** Photos the PDF can hold as they are (PDFBox reads JPEG and PNG); larger ones are left to the link. */
    public static final java.util.Set<String> PHOTO_TYPES = java.util.Set.of("image/jpeg", "image/png");
    public static final long MAX_PHOTO = 8L * 1024 * 1024;

    /** The photo of the work, to print on the page. */
    public record Photo(byte[] bytes, String contentType) {
        public Photo {
            if (!PHOTO_TYPES.contains(contentType) || bytes.length > MAX_PHOTO) {
                throw new IllegalArgumentException("Not a photo the PDF can hold");
            }
        }

        String dataUri() {
            return "data:" + contentType + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
        }
    }

    private ProfilePdf() {
    }

    public static byte[] render(CareerProfile profile, LocalDate today, Locale locale) {
        return render(profile, null, today, locale);
    }

    /** The profile with the photo of the work printed on it (null: none, or a film, which only the link can show). */
    public static byte[] render(CareerProfile profile, Photo photo, LocalDate today, Locale locale) {
        return PdfDocument.render(xhtml(profile, photo, today, locale));
    }

    public static String xhtml(CareerProfile profile, LocalDate today, Locale locale) {
        return xhtml(profile, null, today, locale);
    }

    public static String xhtml(CareerProfile profile, Photo photo, LocalDate today, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(PlanPdf.BUNDLE, locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("title", texts.getString("profile.pdf.title"));
        model.put("name", profile.getShownName().isEmpty() ? texts.getString("profile.pdf.title") : profile.getShownName());
        model.put("seeks", PlanPdf.format(texts, locale, "profile.seeks",
                profile.getTrade(), profile.getArea().isEmpty() ? "-" : profile.getArea()));
        model.put("strengthsTitle", texts.getString("profile.strengths.title"));
        model.put("exampleLabel", texts.getString("profile.example"));
        List<Map<String, Object>> strengths = new ArrayList<>();
        for (ProfileStrength s : profile.getStrengths()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("strength", s.getStrength());
            one.put("example", XhtmlTemplate.paragraphs(s.getExample()));
            strengths.add(one);
        }
        model.put("strengths", strengths);
        model.put("contactTitle", texts.getString("profile.contact.title"));
        model.put("contact", XhtmlTemplate.paragraphs(profile.getContact()));
        model.put("photo", photo == null ? "" : photo.dataUri());
        model.put("photoAlt", texts.getString("profile.work.sharedAlt"));
        model.put("work", profile.getWorkMediaId() == null || photo != null ? "" : texts.getString("profile.pdf.work"));
        model.put("made", PlanPdf.format(texts, locale, "pdf.made",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(today)));
        model.put("footer", texts.getString("profile.pdf.footer"));
        return TEMPLATE.render(model);
    }
}
