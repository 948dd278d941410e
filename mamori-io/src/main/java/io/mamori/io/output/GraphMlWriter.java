package io.mamori.io.output;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.PostTable;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes networks as one directed GraphML graph (http://graphml.graphdrawing.org/): a node per
 * account in any edge ({@code user_id}, {@code username} when known) and an edge per directed edge
 * ({@code weight}, {@code edge_type}), like the toolkit's GraphML. Several network types give
 * parallel edges told apart by {@code edge_type}.
 */
public final class GraphMlWriter {
    private GraphMlWriter() {
    }

    public static void write(List<CoActivityNetwork> networks, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            xml.writeCharacters("\n");
            key(xml, "user_id", "node", "string");
            key(xml, "username", "node", "string");
            key(xml, "weight", "edge", "int");
            key(xml, "edge_type", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "co-activity");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            if (!networks.isEmpty()) {
                PostTable table = networks.get(0).table();
                boolean[] inGraph = new boolean[table.accountCount()];
                for (CoActivityNetwork n : networks) {
                    if (n.table() != table) {
                        throw new IllegalArgumentException("all networks must come from the same posts");
                    }
                    for (int e = 0; e < n.edgeCount(); e++) {
                        inGraph[n.source(e)] = true;
                        inGraph[n.target(e)] = true;
                    }
                }
                int[] rank = table.accountRank();
                int[] byRank = new int[rank.length];
                for (int a = 0; a < rank.length; a++) {
                    byRank[rank[a]] = a;
                }
                for (int a : byRank) {
                    if (!inGraph[a]) {
                        continue;
                    }
                    String label = AccountLabels.label(table, a);
                    xml.writeCharacters("  ");
                    xml.writeStartElement("node");
                    xml.writeAttribute("id", label);
                    data(xml, "user_id", table.accountId(a));
                    if (table.username(a) != null) {
                        data(xml, "username", table.username(a));
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                for (CoActivityNetwork n : networks) {
                    for (int e = 0; e < n.edgeCount(); e++) {
                        xml.writeCharacters("  ");
                        xml.writeStartElement("edge");
                        xml.writeAttribute("source", AccountLabels.label(table, n.source(e)));
                        xml.writeAttribute("target", AccountLabels.label(table, n.target(e)));
                        data(xml, "weight", Integer.toString(n.weight(e)));
                        data(xml, "edge_type", n.type().cliName());
                        xml.writeEndElement();
                        xml.writeCharacters("\n");
                    }
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped; posts and handles can. */
    private static String xmlSafe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
