package org.phaselab.export.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The TrueType fonts of JLaTeXMath 1.0.7. JLaTeXMath draws formulas with them; any surface that
 * looks fonts up by name must know them first, or glyphs come out wrong:
 * AWT via {@link #registerForAwt()} (done by {@link ChartBuilder}), JavaFX by loading each of
 * {@link #resourceUrls()} with {@code javafx.scene.text.Font.loadFont(url.toExternalForm(), 10)}
 * before the first chart is shown (the UI's job; this package does not import JavaFX).
 */
public final class LatexFonts {
    private static final String ROOT = "/org/scilab/forge/jlatexmath/fonts/";
    private static final List<String> FILES = List.of(
            "base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
            "euler/jlm_eufb10.ttf", "euler/jlm_eufm10.ttf",
            "latin/jlm_cmr10.ttf", "latin/jlm_jlmbi10.ttf", "latin/jlm_jlmbx10.ttf", "latin/jlm_jlmi10.ttf",
            "latin/jlm_jlmr10.ttf", "latin/jlm_jlmsb10.ttf", "latin/jlm_jlmsbi10.ttf", "latin/jlm_jlmsi10.ttf",
            "latin/jlm_jlmss10.ttf", "latin/jlm_jlmtt10.ttf",
            "latin/optional/jlm_cmbx10.ttf", "latin/optional/jlm_cmbxti10.ttf", "latin/optional/jlm_cmss10.ttf",
            "latin/optional/jlm_cmssbx10.ttf", "latin/optional/jlm_cmssi10.ttf", "latin/optional/jlm_cmti10.ttf",
            "latin/optional/jlm_cmtt10.ttf",
            "maths/jlm_cmbsy10.ttf", "maths/jlm_cmsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
            "maths/jlm_rsfs10.ttf", "maths/jlm_special.ttf", "maths/jlm_stmary10.ttf",
            "maths/optional/jlm_dsrom10.ttf");

    /** Computer Modern Roman as shipped by JLaTeXMath: tick labels of journal figures. */
    public static final String ROMAN_FAMILY = "jlm_cmr10";

    private static volatile boolean awtDone;

    private LatexFonts() {}

    /** URLs of every JLaTeXMath TTF, for {@code javafx.scene.text.Font.loadFont}. */
    public static List<URL> resourceUrls() {
        List<URL> urls = new ArrayList<>();
        for (String f : FILES) {
            urls.add(Objects.requireNonNull(LatexFonts.class.getResource(ROOT + f), f));
        }
        return urls;
    }

    /** Registers every JLaTeXMath font with AWT (idempotent). */
    public static synchronized void registerForAwt() {
        if (awtDone) {
            return;
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (URL url : resourceUrls()) {
            try (InputStream in = url.openStream()) {
                env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("JLaTeXMath font " + url + " cannot be read", e);
            }
        }
        awtDone = true;
    }
}
