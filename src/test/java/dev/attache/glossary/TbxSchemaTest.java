package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltTransformer;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The shipped termbase, and what {@link TbxWriter} writes, against the TBX core RELAX NG schema
 * (jing) and the TBX-Basic Schematron rules (Saxon-HE + SchXslt): the DCA-style dialect rules and
 * the Basic module's.
 */
class TbxSchemaTest {
    static final Path SHIPPED = Path.of("glossary/diplomatic-terms.tbx");
    private static final Path SCHEMAS = Path.of("src/test/resources/schemas/tbx");

    @Test
    void shippedTermbaseIsValidAgainstTheCoreSchema() throws Exception {
        assertThat(relaxNgErrors(Files.readAllBytes(SHIPPED))).isEmpty();
    }

    @Test
    void shippedTermbaseMeetsTheTbxBasicSchematronRules() throws Exception {
        byte[] tbx = Files.readAllBytes(SHIPPED);
        assertThat(schematronFailures("TBX-Basic_DCA.sch", tbx)).isEmpty();
        assertThat(schematronFailures("Basic.sch", tbx)).isEmpty();
    }

    @Test
    void writtenTbxIsValid() throws Exception {
        var glossary =
                new Glossary(
                        List.of(
                                new Concept(
                                        "c-x",
                                        "",
                                        "",
                                        "a source",
                                        Map.of(
                                                "en",
                                                        List.of(
                                                                new Term(
                                                                        "x <&> y",
                                                                        TermStatus.PREFERRED,
                                                                        "noun",
                                                                        "a \"note\"")),
                                                "az",
                                                        List.of(
                                                                new Term(
                                                                        "İşlər",
                                                                        TermStatus.DEPRECATED))))));
        var out = new ByteArrayOutputStream();
        new TbxWriter().write(glossary, out);
        assertThat(relaxNgErrors(out.toByteArray())).isEmpty();
        assertThat(schematronFailures("TBX-Basic_DCA.sch", out.toByteArray())).isEmpty();
    }

    @Test
    void theValidatorsCatchBrokenTbx() throws Exception {
        String shipped = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        String badStatus =
                shipped.replaceFirst("preferredTerm-admn-sts", "favouriteTerm-admn-sts")
                        .replaceFirst(
                                "<descrip type=\"subjectField\">", "<descrip type=\"colour\">");
        assertThat(
                        schematronFailures(
                                "TBX-Basic_DCA.sch", badStatus.getBytes(StandardCharsets.UTF_8)))
                .anyMatch(m -> m.contains("administrativeStatus"))
                .anyMatch(
                        m ->
                                m.contains(
                                        "Permitted type value(s): subjectField, context, definition"));
        String noTerm = shipped.replaceFirst("<term>allied interaction</term>", "");
        assertThat(relaxNgErrors(noTerm.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    static List<String> relaxNgErrors(byte[] tbx) throws Exception {
        var errors = new ArrayList<String>();
        ErrorHandler collect =
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {}

                    @Override
                    public void error(SAXParseException e) {
                        errors.add(e.getLineNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        errors.add(e.getLineNumber() + ": " + e.getMessage());
                    }
                };
        var properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        var driver = new ValidationDriver(properties.toPropertyMap());
        assertThat(
                        driver.loadSchema(
                                ValidationDriver.fileInputSource(
                                        SCHEMAS.resolve("TBXcoreStructV03.rng").toFile())))
                .as("schema loads")
                .isTrue();
        var input = new InputSource(new java.io.ByteArrayInputStream(tbx));
        boolean valid = driver.validate(input);
        assertThat(valid).isEqualTo(errors.isEmpty());
        return errors;
    }

    /**
     * The texts of the Schematron's failed assertions on the document; fails unless some rule
     * fired.
     */
    static List<String> schematronFailures(String schema, byte[] tbx) throws Exception {
        var processor = new Processor(false);
        URL pipeline =
                TbxSchemaTest.class.getClassLoader().getResource("xslt/2.0/pipeline-for-svrl.xsl");
        assertThat(pipeline).as("SchXslt on the test class path").isNotNull();
        XsltTransformer compile =
                processor
                        .newXsltCompiler()
                        .compile(new StreamSource(pipeline.openStream(), pipeline.toExternalForm()))
                        .load();
        compile.setSource(new StreamSource(SCHEMAS.resolve(schema).toFile()));
        var compiled = new XdmDestination();
        compile.setDestination(compiled);
        compile.transform();
        XsltTransformer check =
                processor.newXsltCompiler().compile(compiled.getXdmNode().asSource()).load();
        DocumentBuilder builder = processor.newDocumentBuilder();
        XdmNode document =
                builder.build(
                        new StreamSource(new java.io.ByteArrayInputStream(tbx), "urn:test:tbx"));
        check.setInitialContextNode(document);
        var report = new XdmDestination();
        check.setDestination(report);
        check.transform();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
        assertThat(
                        xpath.evaluate("count(//svrl:active-pattern)", report.getXdmNode())
                                .itemAt(0)
                                .getStringValue())
                .as("patterns run")
                .isNotEqualTo("0");
        var failures = new ArrayList<String>();
        for (XdmItem item :
                xpath.evaluate(
                        "//(svrl:failed-assert|svrl:successful-report)"
                                + "/concat(@location, ': ', normalize-space(svrl:text))",
                        report.getXdmNode())) {
            failures.add(item.getStringValue());
        }
        return failures;
    }
}
