using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// Every validation message in the user's language: model binding's messages ("The value '' is invalid") and the data
/// annotations left without an ErrorMessage come from SharedResource, resolved in the request's culture.
/// </summary>
public static class ValidationLocalization
{
    /// <summary>The resource keys of model binding's messages (SharedResource).</summary>
    public static class Keys
    {
        public const string ValueMustNotBeNull = "Validation.ValueMustNotBeNull";
        public const string AttemptedValueIsInvalid = "Validation.AttemptedValueIsInvalid";
        public const string MissingBindRequiredValue = "Validation.MissingBindRequiredValue";
        public const string MissingKeyOrValue = "Validation.MissingKeyOrValue";
        public const string MissingRequestBodyRequiredValue = "Validation.MissingRequestBodyRequiredValue";
        public const string NonPropertyAttemptedValueIsInvalid = "Validation.NonPropertyAttemptedValueIsInvalid";
        public const string NonPropertyUnknownValueIsInvalid = "Validation.NonPropertyUnknownValueIsInvalid";
        public const string NonPropertyValueMustBeANumber = "Validation.NonPropertyValueMustBeANumber";
        public const string UnknownValueIsInvalid = "Validation.UnknownValueIsInvalid";
        public const string ValueIsInvalid = "Validation.ValueIsInvalid";
        public const string ValueMustBeANumber = "Validation.ValueMustBeANumber";
    }

    /// <summary>The key an attribute without its own ErrorMessage is given, by its type (null: leave it as it is).</summary>
    public static string? KeyFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "Validation.Required",
        StringLengthAttribute { MinimumLength: > 0 } => "Validation.Length",
        StringLengthAttribute => "Validation.MaxLength",
        MaxLengthAttribute => "Validation.MaxLength",
        MinLengthAttribute => "Validation.MinLength",
        LengthAttribute => "Validation.LengthBetween",
        RangeAttribute => "Validation.Range",
        CompareAttribute => "Validation.Compare",
        EmailAddressAttribute => "Validation.Email",
        PhoneAttribute => "Validation.Phone",
        UrlAttribute => "Validation.Url",
        CreditCardAttribute => "Validation.Invalid",
        FileExtensionsAttribute => "Validation.FileExtensions",
        RegularExpressionAttribute => "Validation.Invalid",
        DataTypeAttribute => "Validation.Invalid",
        _ => "Validation.Invalid",
    };

    /// <summary>Registers both parts on MVC.</summary>
    public static IServiceCollection AddValidationLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        return services;
    }
}

/// <summary>Model binding's messages from SharedResource; the localizer reads the request's UI culture at each call.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(value => text[ValidationLocalization.Keys.ValueMustNotBeNull, value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text[ValidationLocalization.Keys.AttemptedValueIsInvalid, value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text[ValidationLocalization.Keys.MissingBindRequiredValue, field]);
        messages.SetMissingKeyOrValueAccessor(() => text[ValidationLocalization.Keys.MissingKeyOrValue]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text[ValidationLocalization.Keys.MissingRequestBodyRequiredValue]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text[ValidationLocalization.Keys.NonPropertyAttemptedValueIsInvalid, value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text[ValidationLocalization.Keys.NonPropertyUnknownValueIsInvalid]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text[ValidationLocalization.Keys.NonPropertyValueMustBeANumber]);
        messages.SetUnknownValueIsInvalidAccessor(field => text[ValidationLocalization.Keys.UnknownValueIsInvalid, field]);
        messages.SetValueIsInvalidAccessor(value => text[ValidationLocalization.Keys.ValueIsInvalid, value]);
        messages.SetValueMustBeANumberAccessor(field => text[ValidationLocalization.Keys.ValueMustBeANumber, field]);

        options.ModelMetadataDetailsProviders.Add(new LocalizedValidationAttributes());
    }
}

/// <summary>
/// Gives each validation attribute left without an ErrorMessage (including MVC's implicit Required of a non-nullable
/// value) a SharedResource key by its type, so the data annotations localizer renders it with the field's name ({0}) and
/// the limits ({1}, {2}). Runs after MVC's own provider, which has added the implicit Required by then.
/// </summary>
internal sealed class LocalizedValidationAttributes : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var validators = context.ValidationMetadata.ValidatorMetadata;

        // MVC gives a non-nullable value its own Required later, with the English default (the client's data-val-required):
        // one of ours first, which never refuses a value type on the server either.
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind != ModelMetadataKind.Type && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && !validators.OfType<RequiredAttribute>().Any())
        {
            validators.Add(new RequiredAttribute());
        }

        foreach (var attribute in validators.OfType<ValidationAttribute>())
        {
            if (string.IsNullOrEmpty(attribute.ErrorMessage)
                && string.IsNullOrEmpty(attribute.ErrorMessageResourceName)
                && attribute.ErrorMessageResourceType is null
                && ValidationLocalization.KeyFor(attribute) is { } key)
            {
                attribute.ErrorMessage = key;
            }
        }
    }
}
