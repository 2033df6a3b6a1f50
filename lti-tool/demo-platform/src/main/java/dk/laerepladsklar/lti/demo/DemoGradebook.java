package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo LMS's courses as the services see them, held in memory: the links placed by Deep Linking, the
 * gradebook columns, each user's grade per column, and every score received in arrival order.
 */
@ApplicationScoped
public class DemoGradebook {

    private final Map<String, Book> books = new HashMap<>();
    private long sequence;

    /** One course's links, columns, grades and received scores. */
    private static final class Book {
        final List<DemoResourceLink> links = new ArrayList<>();
        final Map<Integer, DemoLineItem> lineItems = new LinkedHashMap<>();
        final Map<Integer, Map<String, DemoGrade>> grades = new HashMap<>();
        final List<DemoReceivedScore> received = new ArrayList<>();
        int linkCount;
        int columns;
    }

    private Book book(String courseId) {
        return books.computeIfAbsent(courseId, id -> new Book());
    }

    /** Places a new link ({@code link-<course>-<n>}) for a tool, as Deep Linking does. */
    public synchronized DemoResourceLink placeLink(String courseId, String clientId, String title, String text,
                                                   Map<String, String> custom) {
        Book book = book(courseId);
        DemoResourceLink link = new DemoResourceLink("link-" + courseId + "-" + (++book.linkCount), courseId, clientId,
                title, text, custom);
        book.links.add(link);
        return link;
    }

    public synchronized List<DemoResourceLink> links(String courseId) {
        return List.copyOf(book(courseId).links);
    }

    public synchronized Optional<DemoResourceLink> link(String courseId, String linkId) {
        return book(courseId).links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    /** Adds a column for a tool; its number is the next in the course. */
    public synchronized DemoLineItem addLineItem(String courseId, String clientId, DemoLineItem fields) {
        Book book = book(courseId);
        DemoLineItem item = fields.placed(courseId, ++book.columns, clientId);
        book.lineItems.put(item.number(), item);
        book.grades.put(item.number(), new LinkedHashMap<>());
        return item;
    }

    public synchronized Optional<DemoLineItem> lineItem(String courseId, int number) {
        return Optional.ofNullable(book(courseId).lineItems.get(number));
    }

    /** Every column of the course, of every tool, in the order they were made. */
    public synchronized List<DemoLineItem> lineItems(String courseId) {
        return List.copyOf(book(courseId).lineItems.values());
    }

    /** The columns of one tool tied to one link (the launch's {@code lineitem} is sent only when there is one). */
    public synchronized List<DemoLineItem> lineItemsOfLink(String courseId, String linkId, String clientId) {
        return book(courseId).lineItems.values().stream()
                .filter(i -> linkId.equals(i.resourceLinkId()) && i.clientId().equals(clientId)).toList();
    }

    /** Replaces a column's fields (the number and owner stay). */
    public synchronized Optional<DemoLineItem> replaceLineItem(String courseId, int number, DemoLineItem fields) {
        Book book = book(courseId);
        DemoLineItem old = book.lineItems.get(number);
        if (old == null) {
            return Optional.empty();
        }
        DemoLineItem item = fields.placed(courseId, number, old.clientId());
        book.lineItems.put(number, item);
        return Optional.of(item);
    }

    /** Removes a column and its grades; the scores it received stay in the record. */
    public synchronized boolean deleteLineItem(String courseId, int number) {
        Book book = book(courseId);
        book.grades.remove(number);
        return book.lineItems.remove(number) != null;
    }

    /** Takes a score by Moodle's rules ({@link DemoScoreRules}), stores the grade if accepted and records it. */
    public synchronized DemoScoreRules.Decision apply(String courseId, int number, DemoScore score, Instant now) {
        Book book = book(courseId);
        DemoLineItem item = book.lineItems.get(number);
        if (item == null) {
            throw new IllegalArgumentException("No line item " + number + " in " + courseId);
        }
        Map<String, DemoGrade> grades = book.grades.get(number);
        DemoScoreRules.Decision decision = DemoScoreRules.decide(grades.get(score.userId()), score,
                item.scoreMaximum(), now);
        if (decision.accepted()) {
            grades.put(score.userId(), decision.grade());
        }
        record(book, courseId, number, score, now, decision.status(), decision.reason());
        return decision;
    }

    /** Records a score the LMS refused before applying its rules (unknown user, failure switch). */
    public synchronized void refuse(String courseId, int number, DemoScore score, Instant now, int status, String reason) {
        record(book(courseId), courseId, number, score, now, status, reason);
    }

    private void record(Book book, String courseId, int number, DemoScore score, Instant now, int status, String reason) {
        book.received.add(new DemoReceivedScore(++sequence, courseId, number, score, now, status, reason));
    }

    /** The grades of a column by user, in the order users were first graded. */
    public synchronized Map<String, DemoGrade> grades(String courseId, int number) {
        Map<String, DemoGrade> grades = book(courseId).grades.get(number);
        return grades == null ? Map.of() : new LinkedHashMap<>(grades);
    }

    /** Every score the course received, in arrival order. */
    public synchronized List<DemoReceivedScore> received(String courseId) {
        return List.copyOf(book(courseId).received);
    }
}
