package io.github.parsipas.report;

import io.github.parsipas.methodology.Language;

import java.util.Map;

/** The words of a report for people, in Vietnamese and English: headings, column titles, sentences with {@code {n}}. */
final class ReportLabels {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[]{"Báo cáo đánh giá CCHC", "Administrative reform evaluation"}),
            Map.entry("unit", new String[]{"Đơn vị", "Unit"}),
            Map.entry("period", new String[]{"Kỳ", "Period"}),
            Map.entry("asOf", new String[]{"Ngày đánh giá", "As of"}),
            Map.entry("area", new String[]{"Lĩnh vực", "Area"}),
            Map.entry("points", new String[]{"Điểm", "Points"}),
            Map.entry("scoredMax", new String[]{"Tối đa đã chấm", "Max scored"}),
            Map.entry("areaMax", new String[]{"Tối đa lĩnh vực", "Area max"}),
            Map.entry("survey", new String[]{"điều tra XHH", "survey"}),
            Map.entry("total", new String[]{"Tổng điểm", "Total"}),
            Map.entry("scored", new String[]{"điểm đã chấm", "points scored"}),
            Map.entry("indexMax", new String[]{"tối đa", "of"}),
            Map.entry("projected", new String[]{"Tỷ lệ dự báo", "Projected"}),
            Map.entry("tooFew", new String[]{"Chưa đủ điểm đã chấm để tính tỷ lệ và xếp nhóm", "Too few points scored for a percentage and a group"}),
            Map.entry("group", new String[]{"Nhóm", "Group"}),
            Map.entry("groupMax", new String[]{"Tối đa nhóm", "Group max"}),
            Map.entry("lead", new String[]{"Chủ trì", "Lead"}),
            Map.entry("notScored", new String[]{"Chưa chấm", "Not scored"}),
            Map.entry("lostEstimate", new String[]{"ước tính theo tiêu chí cấp tỉnh", "an estimate by the provincial criterion"}),
            Map.entry("recoverable", new String[]{"có thể lấy lại", "recoverable"}),
            Map.entry("pointsWord", new String[]{"điểm", "points"}),
            Map.entry("source", new String[]{"Căn cứ", "Source"}),
            Map.entry("due", new String[]{"Hạn", "Due"}),
            Map.entry("none", new String[]{"Không có.", "None."}),
            Map.entry("legend", new String[]{"† dựa trên giá trị tạm tính hoặc suy luận, chưa phải số liệu chính thức; có thể thay bằng giá trị chính thức trong gói phương pháp.",
                    "† rests on a provisional or inferred value, not an official one; replaceable in the methodology pack."}),
            Map.entry("receipt", new String[]{"Thông tin truy vết", "Trace information"}),
            Map.entry("summary", new String[]{"Tóm tắt", "Summary"}),
            Map.entry("ungraded", new String[]{"chưa đủ chỉ tiêu để xếp loại", "not enough indicators to grade"}),
            Map.entry("doFirst", new String[]{"Việc cần làm trước", "Do first"}),
            Map.entry("overdue", new String[]{"quá hạn", "overdue"}),
            Map.entry("dueSoon", new String[]{"sắp đến hạn", "due soon"}),
            Map.entry("doneLate", new String[]{"hoàn thành trễ", "done late"}),
            Map.entry("overdueSince", new String[]{"Quá hạn từ", "Overdue since"}),
            Map.entry("seeTasks", new String[]{"xem mục Nhiệm vụ và báo cáo", "see Tasks and reports"}),
            Map.entry("missingLine", new String[]{"{n} tiêu chí chưa đánh giá được do thiếu số liệu", "criteria not evaluated for lack of data: {n}"}),
            Map.entry("absentLine", new String[]{"tệp số liệu không có {n} mục ({m} tiêu chí không chấm)", "sections not in the snapshot: {n} (criteria not scored: {m})"}),
            Map.entry("absentIntro", new String[]{"Tệp số liệu không có các mục sau nên {n} tiêu chí đọc các mục này không được chấm:",
                    "These sections are not in the snapshot, so the criteria that read them are not scored ({n}):"}),
            Map.entry("seeAppendix", new String[]{"xem Phụ lục.", "see the appendix."}),
            Map.entry("problems", new String[]{"Các vấn đề cần xử lý", "Problems to address"}),
            Map.entry("content", new String[]{"Nội dung", "What"}),
            Map.entry("result", new String[]{"Kết quả", "Result"}),
            Map.entry("misses", new String[]{"Chưa đạt", "Misses"}),
            Map.entry("recoverableCol", new String[]{"Điểm có thể lấy lại", "Points recoverable"}),
            Map.entry("action", new String[]{"Việc cần làm", "Action"}),
            Map.entry("status", new String[]{"Tình trạng", "Status"}),
            Map.entry("tasks", new String[]{"Nhiệm vụ và báo cáo", "Tasks and reports"}),
            Map.entry("appendix", new String[]{"Phụ lục", "Appendix"}),
            Map.entry("missing", new String[]{"Số liệu còn thiếu", "Missing data"}),
            Map.entry("missingIntro", new String[]{"Các tiêu chí áp dụng cho đơn vị nhưng chưa có số liệu để đánh giá (không phải đạt hay không đạt); tiêu chí không áp dụng cho loại đơn vị này không được liệt kê.",
                    "Criteria asked of the unit whose data is missing (neither met nor missed); criteria not asked of this kind of unit are not listed."}),
            Map.entry("criterion", new String[]{"Tiêu chí", "Criterion"}),
            Map.entry("proposeOnly", new String[]{"Đơn vị đề xuất, Thành phố quyết định: ", "The unit proposes, the city decides: "}),
            Map.entry("short", new String[]{"còn thiếu", "short by"}),
            Map.entry("with", new String[]{"phối hợp", "with"}),
            Map.entry("up", new String[]{"tăng từ", "up from"}),
            Map.entry("down", new String[]{"giảm từ", "down from"}),
            Map.entry("unchanged", new String[]{"không đổi so với", "unchanged from"}),
            Map.entry("perDay", new String[]{"/ngày đến hạn", " a day until due"}),
            Map.entry("dataNeeded", new String[]{"Số liệu cần bổ sung", "Data needed"}),
            Map.entry("sourcesTitle", new String[]{"Căn cứ và giá trị chưa chính thức", "Sources and values not yet official"}),
            Map.entry("notOfficial", new String[]{"Chưa chính thức (†)", "Not yet official (†)"}),
            Map.entry("library", new String[]{"phần mềm", "library"}),
            Map.entry("rulesetHash", new String[]{"mã băm SHA-256 của bộ quy tắc", "rule set SHA-256"}),
            Map.entry("methods", new String[]{"phương pháp áp dụng", "methods applied"}),
            Map.entry("notEvaluatedNo", new String[]{" — không chấm: tệp số liệu không có ", " — not evaluated: no "}),
            Map.entry("noMethodFor", new String[]{" — không chấm: chưa có phương pháp chính thức áp dụng cho năm ",
                    " — not evaluated: no method version governs "}),
            Map.entry("inputHash", new String[]{"mã băm SHA-256 của số liệu đầu vào", "input SHA-256"}),
            Map.entry("surveyFull", new String[]{"điều tra xã hội học", "survey"}),
            Map.entry("question", new String[]{"Câu hỏi", "Question"}),
            Map.entry("policyGroup", new String[]{"Nhóm chính sách", "Policy group"}),
            Map.entry("within", new String[]{"Thuộc", "Part of"}),
            Map.entry("satisfied", new String[]{"Tỷ lệ hài lòng (%)", "Satisfied (%)"}),
            Map.entry("respondents", new String[]{"Số người trả lời", "Respondents"}),
            Map.entry("byLead", new String[]{"Số vấn đề theo cơ quan chủ trì", "Problems by lead agency"}));

    private ReportLabels() {
    }

    static String of(String key, Language language) {
        String[] label = LABELS.get(key);
        if (label == null) {
            throw new IllegalArgumentException("no report label " + key);
        }
        return label[language.ordinal()];
    }
}
