using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>The import's messages: every key in both languages, every constant a key, the same placeholders in both.</summary>
public sealed partial class ImportMessagesTests
{
    private static readonly ResourceManager Resources = new("PartyReview.Web.Resources.Features.Import.ImportMessages", typeof(ImportMessages).Assembly);

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, true, false)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_message_has_its_English_translation_with_the_same_placeholders()
    {
        var vietnamese = Texts(CultureInfo.InvariantCulture);
        var english = Texts(new CultureInfo("en"));
        Assert.NotEmpty(vietnamese);
        Assert.Equal(vietnamese.Keys.Order(), english.Keys.Order());
        Assert.All(vietnamese, v => Assert.Equal(Placeholders(v.Value), Placeholders(english[v.Key])));
    }

    [Fact]
    public void Every_key_constant_names_a_message_and_every_message_has_its_constant()
    {
        var constants = typeof(ImportMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(Texts(CultureInfo.InvariantCulture).Keys.Order(), constants.Order());
    }

    [Fact]
    public void A_message_about_a_cell_reads_as_it_always_did()
    {
        var message = new ImportMessage(ImportMessages.CellBadDate, "31/02/1985") { Cell = new ImportCell(null, 3, "Ngày sinh") };
        Assert.Equal("cột «Ngày sinh»: ngày không hợp lệ «31/02/1985» (viết ngày/tháng/năm, ví dụ 16/01/2020).", message.Vietnamese);
        var inWorkbook = new ImportMessage(ImportMessages.CellEmpty) { Cell = new ImportCell("D", 5, "Ngày sinh") };
        Assert.Equal("ô D5 (Ngày sinh): bỏ trống.", inWorkbook.Vietnamese);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
